package de.schulplatz.overrides;

import java.util.Optional;

/**
 * What an override needs to know of the published plan. The plan belongs to planning, which depends on
 * overrides; so overrides states the question and planning answers it.
 */
public interface PublishedPlan {

    /** The pupil's school in the newest published plan that has the pupil; empty when unplaced there. */
    Optional<String> publishedSchool(String caseNumber);
}
