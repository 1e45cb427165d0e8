package de.schulplatz.schools;

import de.schulplatz.geo.Address;
import de.schulplatz.schoolsystem.SchoolForm;
import java.util.List;

/**
 * A school as reported by the school authority.
 *
 * @param schoolNumber the official 6-digit Schulnummer, leading zeros kept
 * @param authority    the Schulaufsicht receiving this school's placement list
 * @param totalPupils  all pupils of the school, for fair shares; null when not reported
 * @param takesNewcomers whether the school accepts newcomers at all (private schools opt in)
 * @param heritageLanguages languages of heritage-language lessons (HSU) offered
 */
public record School(String schoolNumber, String name, SchoolForm form, boolean publicSchool, Address address,
        String authority, Integer totalPupils, boolean barrierFree, boolean takesNewcomers,
        List<String> heritageLanguages) {

    public School {
        heritageLanguages = List.copyOf(heritageLanguages);
    }
}
