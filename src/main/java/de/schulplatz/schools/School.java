package de.schulplatz.schools;

import de.schulplatz.geo.Address;
import de.schulplatz.schoolsystem.SchoolForm;

/**
 * A school as reported by the school authority.
 *
 * @param schoolNumber the official 6-digit Schulnummer, leading zeros kept
 * @param authority    the Schulaufsicht receiving this school's placement list
 * @param totalPupils  all pupils of the school, for fair shares; null when not reported
 */
public record School(String schoolNumber, String name, SchoolForm form, boolean publicSchool, Address address,
        String authority, Integer totalPupils) {
}
