package de.schulplatz.web;

import de.schulplatz.geo.GeoPoint;
import de.schulplatz.web.PlanTable.SchoolLoad;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The schools of a plan as circles of an SVG drawn on the server: no map tiles, so the page needs no
 * internet and sends no positions to a third party. Only schools are drawn; pupils' homes are personal data.
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
     * One school's circle.
     *
     * @param free  whether free places remain (the colour)
     * @param small no share to show: nobody placed or the school's size unknown (the hollow style)
     */
    record Circle(String schoolNumber, double x, double y, double r, boolean free, boolean small, boolean selected,
            String title) {

        // Public, like all that templates call: SpEL finds no package-private methods.
        public String styleClass() {
            return "schule " + (free ? "frei" : "voll") + (small ? " ohne-anteil" : "")
                    + (selected ? " gewaehlt" : "");
        }
    }

    /**
     * The whole drawing.
     *
     * @param largestShare the share the largest circle stands for; null when no school has one
     */
    record Drawing(double width, double height, List<Circle> circles, int withoutPosition, Double largestShare) {

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }
    }

    private SchoolMap() {
    }

    /** Draws the schools; {@code selected} (a Schulnummer or null) is marked. */
    static Drawing draw(List<SchoolLoad> schools, String selected) {
        List<SchoolLoad> located = schools.stream().filter(load -> position(load) != null).toList();
        double maxRadius = maxRadius(located.size());
        Projection projection = Projection.fit(located.stream().map(SchoolMap::position).toList(), WIDTH,
                maxRadius + 4);
        Double largestShare = located.stream().map(SchoolMap::share).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Circle> circles = new ArrayList<>();
        for (SchoolLoad load : located) {
            Point point = projection.project(position(load));
            Double share = share(load);
            // Area, not radius, proportional to the share: the eye compares areas.
            double r = share == null ? MIN_RADIUS
                    : Math.max(MIN_RADIUS, maxRadius * Math.sqrt(share / largestShare));
            circles.add(new Circle(load.school().schoolNumber(), round(point.x()), round(point.y()), round(r),
                    load.free() > 0, share == null, load.school().schoolNumber().equals(selected), title(load)));
        }
        // Large circles first, so that small ones lie on top and stay clickable; the chosen school on top of all.
        circles.sort(Comparator.comparing(Circle::selected)
                .thenComparing(Comparator.comparingDouble(Circle::r).reversed())
                .thenComparing(Circle::schoolNumber));
        return new Drawing(WIDTH, round(projection.height()), circles, schools.size() - located.size(),
                largestShare);
    }

    /** Smaller circles when there are many schools, so that a whole Bezirk does not become one blot. */
    static double maxRadius(int schools) {
        return Math.max(8, Math.min(22, 300 / Math.sqrt(Math.max(1, schools))));
    }

    /** The share a circle shows, or null when there is none to compare (unknown size, nobody placed). */
    static Double share(SchoolLoad load) {
        Double share = load.newcomerShare();
        return share == null || load.placed() == 0 ? null : share;
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
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
