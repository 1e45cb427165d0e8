package de.schulplatz.schoolsystem;

/** Which level of the school authority (Schulaufsicht) supervises a school form. */
public enum AuthorityLevel {
    /** Lower authority, one per Kreis or independent city. */
    SCHULAMT,
    /** Upper authority, one per Regierungsbezirk. */
    BEZIRKSREGIERUNG
}
