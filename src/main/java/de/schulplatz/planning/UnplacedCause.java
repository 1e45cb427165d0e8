package de.schulplatz.planning;

import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.SchoolForm;
import de.schulplatz.schoolsystem.SchoolYear;
import java.util.Set;

/**
 * Why a pupil has no place, as data with its figures: planning decides the cause, {@link ReasonTexts} words
 * it. The first five say the pupil is not to be placed at all, the next five that no school is eligible,
 * the last that every eligible school is full.
 */
sealed interface UnplacedCause {

    /** The schools and group a pupil needs. */
    record Offer(Set<SchoolForm> forms, GroupKind literacyGroup) {
        public Offer {
            forms = Set.copyOf(forms);
        }
    }

    /** Too young: school starts with the given school year. */
    record NotYetOfSchoolAge(SchoolYear enrolment) implements UnplacedCause {
    }

    /** 18 or older at the start of the school year, and adults are not placed. */
    record BeyondCompulsoryAge(SchoolYear schoolYear) implements UnplacedCause {
    }

    /** Older than "Fit für mehr" admits (adults are placed, but only up to this age). */
    record BeyondFfmAge(SchoolYear schoolYear, int maxAge) implements UnplacedCause {
    }

    /** Two or more school years in Germany, and such pupils are not planned (no Seiteneinsteiger). */
    record Settled(int germanSchoolYears) implements UnplacedCause {
    }

    /** Which forms were looked at when none teaches the grade. */
    enum FormSource {
        /** The form attended so far, which cannot change from grade 9. */
        PREVIOUS,
        /** The form of the school the published plan gave the pupil, kept from grade 9 in a re-plan. */
        PUBLISHED,
        /** The usual forms of the grade band (no recommendation). */
        USUAL,
        RECOMMENDED
    }

    /** None of the school forms the pupil may attend teaches the grade. */
    record NoFormTeachesGrade(FormSource source, Set<SchoolForm> forms, int grade) implements UnplacedCause {
        public NoFormTeachesGrade {
            forms = Set.copyOf(forms);
        }
    }

    /** No school of the offer reports places for the grade. */
    record NoPlacesReported(Offer offer, int grade) implements UnplacedCause {
    }

    /** Schools report places for the grade, but none is free. */
    record NoFreePlace(Offer offer, int grade) implements UnplacedCause {
    }

    /** Every school with a free place is excluded for the pupil by an override. */
    record AllExcluded(Offer offer, int grade) implements UnplacedCause {
    }

    /** The pupil needs barrier-free access, and no such school has a free place. */
    record NoBarrierFreeSchool(Offer offer, int grade) implements UnplacedCause {
    }

    /**
     * Free places exist only beyond the distance limit.
     *
     * @param byRoute the limit is a walking route's; the nearest school is then given as the straight line
     *                (its route is longer still)
     */
    record BeyondDistanceLimit(Offer offer, int grade, int limitMetres, int nearestMetres, boolean byRoute)
            implements UnplacedCause {

        BeyondDistanceLimit(Offer offer, int grade, int limitMetres, int nearestMetres) {
            this(offer, grade, limitMetres, nearestMetres, false);
        }
    }

    /**
     * The pupil had candidates, and the plan fills them all.
     *
     * @param byRoute the farthest candidate's distance is a walking route's
     */
    record AllCandidatesFull(int candidates, Offer offer, int grade, int farthestMetres, boolean byRoute)
            implements UnplacedCause {

        AllCandidatesFull(int candidates, Offer offer, int grade, int farthestMetres) {
            this(candidates, offer, grade, farthestMetres, false);
        }
    }
}
