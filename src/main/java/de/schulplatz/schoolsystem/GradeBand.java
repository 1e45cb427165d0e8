package de.schulplatz.schoolsystem;

import java.util.EnumSet;
import java.util.Set;

/** Primarstufe, Sekundarstufe I, or Berufskolleg for the older newcomers. */
public enum GradeBand {
    PRIMARSTUFE("Primarstufe", EnumSet.of(SchoolForm.GS, SchoolForm.PS)),
    SEKUNDARSTUFE_I("Sekundarstufe I",
            EnumSet.of(SchoolForm.HS, SchoolForm.RS, SchoolForm.SK, SchoolForm.GE, SchoolForm.GY, SchoolForm.PS)),
    BERUFSKOLLEG("Berufskolleg", EnumSet.of(SchoolForm.BK));

    private final String germanName;
    private final Set<SchoolForm> defaultForms;

    GradeBand(String germanName, Set<SchoolForm> defaultForms) {
        this.germanName = germanName;
        this.defaultForms = defaultForms;
    }

    public static GradeBand of(int grade) {
        if (grade <= 4) {
            return PRIMARSTUFE;
        }
        return grade <= 10 ? SEKUNDARSTUFE_I : BERUFSKOLLEG;
    }

    public String germanName() {
        return germanName;
    }

    /** School forms considered when counselling recommended none (Förderschule only when recommended). */
    public Set<SchoolForm> defaultForms() {
        return EnumSet.copyOf(defaultForms);
    }
}
