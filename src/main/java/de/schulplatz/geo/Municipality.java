package de.schulplatz.geo;

/**
 * A municipality (Gemeinde) of NRW with its official 8-digit key (Amtlicher Gemeindeschlüssel, AGS) and
 * an approximate centre (median position of its schools).
 */
public record Municipality(String key, String name, GeoPoint centre) {

    /** The first five digits of the key: the Kreis or independent city. */
    public String kreisKey() {
        return key.substring(0, 5);
    }
}
