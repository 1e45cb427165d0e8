package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.schulplatz.geo.Address;
import de.schulplatz.geo.GeoPoint;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schools.School;
import de.schulplatz.web.PlanTable.SchoolLoad;
import de.schulplatz.web.SchoolMap.Circle;
import de.schulplatz.web.SchoolMap.Drawing;
import de.schulplatz.web.SchoolMap.Point;
import de.schulplatz.web.SchoolMap.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchoolMapTest {

    // Corners and centre of Kreis Lippe, roughly.
    static final GeoPoint NORTH_WEST = new GeoPoint(52.10, 8.55);
    static final GeoPoint SOUTH_EAST = new GeoPoint(51.80, 9.25);
    static final GeoPoint DETMOLD = new GeoPoint(51.94, 8.88);
    static final double MARGIN = 20;

    @Test
    void projectedPointsLieInsideTheViewBoxWithTheMargin() {
        Projection projection = Projection.fit(List.of(NORTH_WEST, SOUTH_EAST, DETMOLD), SchoolMap.WIDTH, MARGIN);

        for (GeoPoint position : List.of(NORTH_WEST, SOUTH_EAST, DETMOLD)) {
            Point point = projection.project(position);
            assertThat(point.x()).isBetween(MARGIN, projection.width() - MARGIN);
            assertThat(point.y()).isBetween(MARGIN, projection.height() - MARGIN);
        }
        assertThat(projection.height()).isBetween(SchoolMap.MIN_HEIGHT, SchoolMap.MAX_HEIGHT);
    }

    @Test
    void northIsUpAndEastIsRight() {
        Projection projection = Projection.fit(List.of(NORTH_WEST, SOUTH_EAST, DETMOLD), SchoolMap.WIDTH, MARGIN);

        Point northWest = projection.project(NORTH_WEST);
        Point southEast = projection.project(SOUTH_EAST);
        Point detmold = projection.project(DETMOLD);
        assertThat(northWest.y()).isLessThan(detmold.y());
        assertThat(detmold.y()).isLessThan(southEast.y());
        assertThat(northWest.x()).isLessThan(detmold.x());
        assertThat(detmold.x()).isLessThan(southEast.x());
    }

    @Test
    void aDegreeOfLongitudeIsShortenedByTheCosineOfTheMeanLatitude() {
        GeoPoint origin = new GeoPoint(52.0, 8.0);
        GeoPoint east = new GeoPoint(52.0, 8.1);
        GeoPoint north = new GeoPoint(52.1, 8.0);
        Projection projection = Projection.fit(List.of(origin, east, north), SchoolMap.WIDTH, MARGIN);

        double eastward = projection.project(east).x() - projection.project(origin).x();
        double northward = projection.project(origin).y() - projection.project(north).y();
        assertThat(eastward / northward).isCloseTo(Math.cos(Math.toRadians(52.0 + 0.1 / 3)), within(1e-9));
    }

    @Test
    void aSinglePositionLandsInsideTheViewBox() {
        Projection projection = Projection.fit(List.of(DETMOLD), SchoolMap.WIDTH, MARGIN);

        Point point = projection.project(DETMOLD);
        assertThat(point.x()).isBetween(0.0, projection.width());
        assertThat(point.y()).isBetween(0.0, projection.height());
    }

    @Test
    void circleAreasAreProportionalToTheFreePlacesAndShowTheirNumber() {
        SchoolLoad many = load("100001", NORTH_WEST, 1000, 2, 12);
        SchoolLoad few = load("100002", SOUTH_EAST, 1000, 10, 3);
        SchoolLoad full = load("100003", DETMOLD, 1000, 10, 0);
        Drawing drawing = SchoolMap.draw(List.of(many, few, full), null);

        Map<String, Circle> circles = byNumber(drawing);
        double areaRatio = Math.pow(circles.get("100001").r() / circles.get("100002").r(), 2);
        assertThat(areaRatio).isCloseTo(4.0, within(0.1));
        assertThat(drawing.mostFree()).isEqualTo(12);
        assertThat(circles.get("100001").label()).isEqualTo("12");
        assertThat(circles.get("100001").styleClass()).isEqualTo("schule frei");
        assertThat(circles.get("100003")).satisfies(circle -> {
            assertThat(circle.r()).isEqualTo(SchoolMap.MIN_RADIUS);
            assertThat(circle.label()).isNull();
            assertThat(circle.styleClass()).isEqualTo("schule voll");
        });
    }

    @Test
    void municipalitiesAreNamedAtTheMiddleOfTheirSchools() {
        Drawing drawing = SchoolMap.draw(List.of(load("100001", NORTH_WEST, 100, 1, 1, "Lemgo"),
                load("100002", SOUTH_EAST, 100, 1, 1, "Blomberg"), load("100003", DETMOLD, 100, 1, 1, "Blomberg")), null);

        assertThat(drawing.labels()).extracting(SchoolMap.Label::text).containsExactly("Blomberg", "Lemgo");
        Map<String, Circle> circles = byNumber(drawing);
        SchoolMap.Label blomberg = drawing.labels().get(0);
        assertThat(blomberg.x()).isCloseTo((circles.get("100002").x() + circles.get("100003").x()) / 2, within(0.2));
    }

    @Test
    void aMapForOneChildFadesTheSchoolsNotOfferedAndMarksTheHome() {
        SchoolMap.Focus focus = new SchoolMap.Focus("F-1", java.util.Set.of("100002"), DETMOLD);
        Drawing drawing = SchoolMap.draw(List.of(load("100001", NORTH_WEST, 100, 1, 5),
                load("100002", SOUTH_EAST, 100, 1, 5)), null, focus);

        Map<String, Circle> circles = byNumber(drawing);
        assertThat(circles.get("100001").styleClass()).contains("nicht-moeglich");
        assertThat(circles.get("100002").styleClass()).doesNotContain("nicht-moeglich");
        // the offered school is drawn last, on top
        assertThat(drawing.circles()).extracting(Circle::schoolNumber).containsExactly("100001", "100002");
        assertThat(drawing.home()).isNotNull();
        assertThat(drawing.homeCross()).startsWith("M");
    }

    @Test
    void schoolsWithoutPositionAreLeftOutAndCounted() {
        SchoolLoad located = load("100001", DETMOLD, 500, 10, 0);
        SchoolLoad nowhere = load("100002", null, 500, 10, 0);
        Drawing drawing = SchoolMap.draw(List.of(located, nowhere), null);

        assertThat(drawing.circles()).extracting(Circle::schoolNumber).containsExactly("100001");
        assertThat(drawing.withoutPosition()).isEqualTo(1);
    }

    @Test
    void smallCirclesAreDrawnLastSoThatTheyStayClickable() {
        Drawing drawing = SchoolMap.draw(List.of(load("100001", DETMOLD, 100, 0, 1),
                load("100002", NORTH_WEST, 100, 0, 9), load("100003", SOUTH_EAST, null, 0, 0)), null);

        assertThat(drawing.circles()).extracting(Circle::schoolNumber).containsExactly("100002", "100001", "100003");
    }

    @Test
    void theChosenSchoolIsDrawnOnTop() {
        Drawing drawing = SchoolMap.draw(List.of(load("100001", DETMOLD, 100, 0, 1),
                load("100002", NORTH_WEST, 100, 0, 9), load("100003", SOUTH_EAST, null, 0, 0)), "100002");

        assertThat(drawing.circles()).extracting(Circle::schoolNumber).containsExactly("100001", "100003", "100002");
    }

    @Test
    void aThousandSchoolsGetSmallerCirclesAllInsideTheViewBox() {
        List<SchoolLoad> schools = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // A grid over NRW, each school with its own share.
            GeoPoint position = new GeoPoint(50.4 + (i / 40) * 0.08, 6.0 + (i % 40) * 0.08);
            schools.add(load(String.valueOf(100000 + i), position, 500, 1 + i % 20, i % 3));
        }
        Drawing drawing = SchoolMap.draw(schools, null);

        assertThat(drawing.circles()).hasSize(1000).allSatisfy(circle -> {
            assertThat(circle.r()).isBetween(SchoolMap.MIN_RADIUS, SchoolMap.maxRadius(1000) + 0.05);
            assertThat(circle.x() - circle.r()).isGreaterThanOrEqualTo(0);
            assertThat(circle.x() + circle.r()).isLessThanOrEqualTo(drawing.width());
            assertThat(circle.y() - circle.r()).isGreaterThanOrEqualTo(0);
            assertThat(circle.y() + circle.r()).isLessThanOrEqualTo(drawing.height());
        });
        assertThat(SchoolMap.maxRadius(1000)).isLessThan(SchoolMap.maxRadius(100));
    }

    private static Map<String, Circle> byNumber(Drawing drawing) {
        return drawing.circles().stream().collect(Collectors.toMap(Circle::schoolNumber, Function.identity()));
    }

    private static SchoolLoad load(String number, GeoPoint position, Integer totalPupils, int placed, int free) {
        return load(number, position, totalPupils, placed, free, "Detmold");
    }

    private static SchoolLoad load(String number, GeoPoint position, Integer totalPupils, int placed, int free,
            String municipality) {
        Address address = position == null ? null : new Address("Hauptstraße 1", "32756", "Detmold", "05766020",
                position, false);
        School school = new School(number, "Schule " + number, SchoolForm.GS, true, address,
                "Schulamt für den Kreis Lippe", totalPupils, false, true, List.of());
        return new SchoolLoad(school, municipality, placed, placed + free);
    }
}
