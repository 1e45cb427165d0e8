package de.schulplatz.planning;

import de.schulplatz.overrides.PublishedPlan;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Planning's answer to what overrides ask of the published plan. */
@Component
class PublishedPlanQueries implements PublishedPlan {

    private final PlacementRepository placements;

    PublishedPlanQueries(PlacementRepository placements) {
        this.placements = placements;
    }

    @Override
    public Optional<String> publishedSchool(String caseNumber) {
        return placements.publishedSchool(caseNumber);
    }
}
