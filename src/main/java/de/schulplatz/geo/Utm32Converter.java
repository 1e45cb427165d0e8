package de.schulplatz.geo;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts UTM zone 32N coordinates (ETRS89, EPSG:25832, the system of the official NRW school data)
 * to WGS84 latitude/longitude. ETRS89 and WGS84 differ by well under a metre, which does not matter for
 * travel distances.
 */
public final class Utm32Converter {

    private static final CoordinateTransform UTM32_TO_WGS84;
    private static final CoordinateTransform WGS84_TO_UTM32;

    static {
        CRSFactory crsFactory = new CRSFactory();
        CoordinateReferenceSystem utm32 = crsFactory.createFromParameters("EPSG:25832",
                "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");
        CoordinateReferenceSystem wgs84 = crsFactory.createFromParameters("EPSG:4326",
                "+proj=longlat +datum=WGS84 +no_defs");
        UTM32_TO_WGS84 = new CoordinateTransformFactory().createTransform(utm32, wgs84);
        WGS84_TO_UTM32 = new CoordinateTransformFactory().createTransform(wgs84, utm32);
    }

    private Utm32Converter() {
    }

    public static GeoPoint toWgs84(double easting, double northing) {
        ProjCoordinate result = new ProjCoordinate();
        // CoordinateTransform keeps scratch state, so concurrent callers must not share it unguarded.
        synchronized (UTM32_TO_WGS84) {
            UTM32_TO_WGS84.transform(new ProjCoordinate(easting, northing), result);
        }
        return new GeoPoint(result.y, result.x);
    }

    /** @return easting and northing in metres */
    public static double[] fromWgs84(GeoPoint point) {
        ProjCoordinate result = new ProjCoordinate();
        synchronized (WGS84_TO_UTM32) {
            WGS84_TO_UTM32.transform(new ProjCoordinate(point.longitude(), point.latitude()), result);
        }
        return new double[] {result.x, result.y};
    }
}
