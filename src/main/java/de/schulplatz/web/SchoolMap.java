package de.schulplatz.web;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.web.PlanTable.SchoolLoad;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The schools of a plan as circles of an SVG drawn on the server, sized by the free places they have left and
 * with the names of the municipalities: no map tiles, so the page needs no internet and sends no positions to a
 * third party. Pupils' homes are personal data: only the one child a map is asked for is drawn, as a cross.
 */
final class SchoolMap {

    static final double WIDTH = 800;
    static final double MIN_HEIGHT = 320;
    static final double MAX_HEIGHT = 900;
    /** Radius of schools without a share, and the least radius of any circle, so each stays clickable. */
    static final double MIN_RADIUS = 3;

    /** A point in the SVG's user space: x to the right, y downwards. */
    record Point(double x, double y) {
    }

    /**
     * An equirectangular projection fitted to a set of positions. Longitudes are shortened by the cosine of
     * the mean latitude, which keeps shapes true enough at the size of a Kreis or of NRW; north is up.
     */
    record Projection(double width, double height, double scale, double west, double north, double lonFactor,
            double offsetX, double offsetY) {

        static Projection fit(Collection<GeoPoint> positions, double width, double margin) {
            if (positions.isEmpty()) {
                return new Projection(width, MIN_HEIGHT, 1, 0, 0, 1, width / 2, MIN_HEIGHT / 2);
            }
            double meanLatitude = positions.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow();
            double lonFactor = Math.cos(Math.toRadians(meanLatitude));
            double west = positions.stream().mapToDouble(GeoPoint::longitude).min().orElseThrow();
            double east = positions.stream().mapToDouble(GeoPoint::longitude).max().orElseThrow();
            double south = positions.stream().mapToDouble(GeoPoint::latitude).min().orElseThrow();
            double north = positions.stream().mapToDouble(GeoPoint::latitude).max().orElseThrow();
            double spanX = (east - west) * lonFactor;
            double spanY = north - south;
            double innerWidth = width - 2 * margin;
            // The height follows the area's shape, within bounds so that a long thin Kreis stays readable.
            double height = spanX > 0 ? innerWidth * spanY / spanX + 2 * margin : MAX_HEIGHT;
            height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height));
            double innerHeight = height - 2 * margin;
            double scale = Math.min(spanX > 0 ? innerWidth / spanX : Double.POSITIVE_INFINITY,
                    spanY > 0 ? innerHeight / spanY : Double.POSITIVE_INFINITY);
            if (Double.isInfinite(scale)) {
                scale = 1;
            }
            // Centre the drawing where the bounds left room on one axis.
            double offsetX = margin + (innerWidth - spanX * scale) / 2;
            double offsetY = margin + (innerHeight - spanY * scale) / 2;
            return new Projection(width, height, scale, west, north, lonFactor, offsetX, offsetY);
        }

        Point project(GeoPoint position) {
            return new Point(offsetX + (position.longitude() - west) * lonFactor * scale,
                    offsetY + (north - position.latitude()) * scale);
        }
    }

    /**
     * One school's circle; its area stands for the free places left in the plan.
     *
     * @param free    whether free places remain (the colour)
     * @param label   the number of free places written in the circle, or null where it would not fit
     * @param outside in a map for one child: a school the rules do not offer the child (drawn faint)
     */
    record Circle(String schoolNumber, double x, double y, double r, boolean free, String label, boolean selected,
            boolean outside, String title) {

        // Public, like all that templates call: SpEL finds no package-private methods.
        public String styleClass() {
            return "schule " + (free ? "frei" : "voll") + (selected ? " gewaehlt" : "")
                    + (outside ? " nicht-moeglich" : "");
        }

        /** Where the label's baseline goes so that the number sits in the middle of the circle. */
        public double labelY() {
            return round(y + 3.5);
        }
    }

    /** A municipality's name, written at the middle of its schools. */
    record Label(String text, double x, double y) {
    }

    /**
     * The child a map is drawn for: the schools the rules offer it, and its home, shown as a cross.
     *
     * @param home null when the home has no position
     */
    record Focus(String caseNumber, Set<String> allowedSchools, GeoPoint home) {
    }

    /**
     * The whole drawing.
     *
     * @param mostFree the free places the largest circle stands for; 0 when no school has any
     * @param home     the focused child's home, or null
     */
    record Drawing(double width, double height, List<Circle> circles, List<Label> labels, int withoutPosition,
            int mostFree, Point home) {

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }

        /** The two strokes of the cross at the child's home, as an SVG path. */
        public String homeCross() {
            return home == null ? null : "M" + (home.x() - 6) + " " + (home.y() - 6) + " l12 12 M" + (home.x() - 6) + " "
                    + (home.y() + 6) + " l12 -12";
        }
    }

    /** At most this many municipality names, the ones with most schools: a whole Bezirk stays readable. */
    static final int MAX_LABELS = 30;
    /** The least radius a circle needs for its number to fit. */
    static final double LABEL_RADIUS = 7;

    private SchoolMap() {
    }

    /** Draws the schools; {@code selected} (a Schulnummer or null) is marked. */
    static Drawing draw(List<SchoolLoad> schools, String selected) {
        return draw(schools, selected, null);
    }

    /**
     * Draws the schools; {@code selected} (a Schulnummer or null) is marked; with a {@code focus}, the schools not
     * offered to that child are faint and the child's home is a cross.
     */
    static Drawing draw(List<SchoolLoad> schools, String selected, Focus focus) {
        List<SchoolLoad> located = schools.stream().filter(load -> position(load) != null).toList();
        double maxRadius = maxRadius(located.size());
        List<GeoPoint> positions = new ArrayList<>(located.stream().map(SchoolMap::position).toList());
        if (focus != null && focus.home() != null) {
            positions.add(focus.home());
        }
        Projection projection = Projection.fit(positions, WIDTH, maxRadius + 4);
        int mostFree = located.stream().mapToInt(SchoolLoad::free).max().orElse(0);
        List<Circle> circles = new ArrayList<>();
        for (SchoolLoad load : located) {
            Point point = projection.project(position(load));
            // Area, not radius, proportional to the free places: the eye compares areas.
            double r = load.free() == 0 || mostFree == 0 ? MIN_RADIUS
                    : Math.max(MIN_RADIUS + 1, maxRadius * Math.sqrt((double) load.free() / mostFree));
            String number = load.school().schoolNumber();
            circles.add(new Circle(number, round(point.x()), round(point.y()), round(r), load.free() > 0,
                    load.free() > 0 && r >= LABEL_RADIUS ? Integer.toString(load.free()) : null,
                    number.equals(selected), focus != null && !focus.allowedSchools().contains(number), title(load)));
        }
        // Large circles first, so that small ones lie on top and stay clickable; offered and chosen schools on top.
        circles.sort(Comparator.comparing(Circle::selected)
                .thenComparing(Comparator.comparing(Circle::outside).reversed())
                .thenComparing(Comparator.comparingDouble(Circle::r).reversed())
                .thenComparing(Circle::schoolNumber));
        Point home = focus == null || focus.home() == null ? null : projection.project(focus.home());
        return new Drawing(WIDTH, round(projection.height()), circles, labels(located, projection),
                schools.size() - located.size(), mostFree,
                home == null ? null : new Point(round(home.x()), round(home.y())));
    }

    /** Each municipality's name at the mean position of its schools, for those with most schools. */
    static List<Label> labels(List<SchoolLoad> located, Projection projection) {
        Map<String, List<GeoPoint>> byMunicipality = located.stream().filter(load -> load.municipality() != null)
                .collect(Collectors.groupingBy(SchoolLoad::municipality, TreeMap::new,
                        Collectors.mapping(SchoolMap::position, Collectors.toList())));
        return byMunicipality.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<GeoPoint>> e) -> e.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_LABELS)
                .map(e -> {
                    double latitude = e.getValue().stream().mapToDouble(GeoPoint::latitude).average().orElseThrow();
                    double longitude = e.getValue().stream().mapToDouble(GeoPoint::longitude).average().orElseThrow();
                    Point at = projection.project(new GeoPoint(latitude, longitude));
                    return new Label(e.getKey(), round(at.x()), round(at.y() - 10));
                })
                .sorted(Comparator.comparing(Label::text))
                .toList();
    }

    /** Smaller circles when there are many schools, so that a whole Bezirk does not become one blot. */
    static double maxRadius(int schools) {
        return Math.max(8, Math.min(22, 300 / Math.sqrt(Math.max(1, schools))));
    }

    private static GeoPoint position(SchoolLoad load) {
        return load.school().address() == null ? null : load.school().address().position();
    }

    private static String title(SchoolLoad load) {
        Double share = load.newcomerShare();
        return load.school().name() + " (" + load.school().schoolNumber() + "): " + load.placed() + " zugewiesen, "
                + load.free() + (load.free() == 1 ? " freier Platz, " : " freie Plätze, ")
                + (share == null ? "Anteil unbekannt (Schülerzahl fehlt)"
                        : String.format(Locale.GERMANY, "%.1f", share) + " Neuzugewanderte je 100 Schüler:innen");
    }

    /** One decimal is far below a screen pixel and keeps the page small with a thousand schools. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
