package de.schulplatz.overrides;

import de.schulplatz.pupils.Pupil;
import de.schulplatz.pupils.PupilGrade;
import de.schulplatz.pupils.PupilGroup;
import de.schulplatz.pupils.PupilRepository;
import de.schulplatz.schools.PlaceQuota;
import de.schulplatz.schools.School;
import de.schulplatz.schools.SchoolRepository;
import de.schulplatz.schoolsystem.GroupKind;
import de.schulplatz.schoolsystem.RuleSettings;
import de.schulplatz.schoolsystem.SchoolYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place where overrides are checked and recorded, whichever way they come in (command line,
 * Korrekturen sheet, API). An override that cannot hold is rejected with a German reason and never
 * stored; the next planning run applies what is stored.
 */
@Service
public class OverrideService {

    /** Message of the rejection of a workbook row that was applied before. */
    public static final String ALREADY_APPLIED = "diese Zeile wurde bereits angewendet";

    private static final Logger log = LoggerFactory.getLogger(OverrideService.class);

    private final OverrideRepository overrides;
    private final PublishedPlan publishedPlan;
    private final PupilRepository pupils;
    private final SchoolRepository schools;
    private final Clock clock;

    private final RuleSettings rules;
    private final PlatformTransactionManager transactions;

    OverrideService(OverrideRepository overrides, PupilRepository pupils, SchoolRepository schools, Clock clock,
            RuleSettings rules, PublishedPlan publishedPlan, PlatformTransactionManager transactions) {
        this.transactions = transactions;
        this.publishedPlan = publishedPlan;
        this.rules = rules;
        this.overrides = overrides;
        this.pupils = pupils;
        this.schools = schools;
        this.clock = clock;
    }

    /**
     * Checks and stores the override; throws {@link OverrideRejectedException} when it cannot hold.
     * A rejection writes nothing, so it must not roll back the caller's transaction (a Korrekturen import
     * goes on with the next row).
     */
    @Transactional(noRollbackFor = OverrideRejectedException.class)
    public Override apply(OverrideRequest request) {
        return apply(request, today());
    }

    /**
     * As {@link #apply(OverrideRequest)}, checked for the given planning date (a Korrekturen sheet applied by a
     * run: the pupil's grade is the one of that run's school year, not of the wall clock's).
     */
    @Transactional(noRollbackFor = OverrideRejectedException.class)
    public Override apply(OverrideRequest request, LocalDate planningDate) {
        Override stored = record(request, planningDate);
        // Not who and from where: a source names the workbook it came from, and file names stay out of the log.
        log.info("Override {} recorded", stored.describe());
        return stored;
    }

    /**
     * Whether the override would hold today, without keeping it: the very checks of {@link #apply}, in a
     * savepoint that is rolled back (a proposal is answered at once, not only when it is accepted).
     *
     * @throws OverrideRejectedException with the reason when it would not hold
     */
    public void check(OverrideRequest request) {
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        savepoint.executeWithoutResult(status -> {
            status.setRollbackOnly();
            record(request, today());
        });
    }

    /**
     * @throws OverrideAlreadyAppliedException when a request with this source reference was recorded before (a row
     *                                         of a workbook dropped in again)
     */
    public void requireNotApplied(String sourceRef) {
        if (sourceRef != null && overrides.sourceRefExists(sourceRef)) {
            throw new OverrideAlreadyAppliedException();
        }
    }

    private Override record(OverrideRequest request, LocalDate planningDate) {
        require(request.reason() != null && !request.reason().isBlank(), "ein Grund ist anzugeben");
        require(request.requestedBy() != null && !request.requestedBy().isBlank(), "wer die Korrektur macht, ist anzugeben");
        requireNotApplied(request.sourceRef());
        long id = switch (request.action()) {
            case FEST_ZUWEISEN -> pin(request, planningDate);
            case AUSSCHLIESSEN -> exclude(request);
            case ZURUECKZIEHEN -> withdraw(request);
            case ZUWEISEN, BESTAETIGEN -> confirm(request);
            case PLAETZE_AENDERN -> changePlaces(request);
            case AUFHEBEN -> release(request);
        };
        return overrides.find(id).orElseThrow();
    }

    public List<Override> list(boolean includeReleased) {
        return includeReleased ? overrides.all() : overrides.active();
    }

    private long pin(OverrideRequest request, LocalDate planningDate) {
        Pupil pupil = pupil(request.caseNumber());
        School school = school(request.schoolNumber());
        requireNotWithdrawn(pupil);
        checkFitsAndHasPlace(pupil, school, SchoolYear.containing(planningDate));
        requireNoActive(OverrideAction.AUSSCHLIESSEN, pupil.caseNumber(), school.schoolNumber(),
                "die Schule ist für dieses Kind ausgeschlossen (Korrektur Nr. %d); zuerst aufheben");
        long id = overrides.insert(request, school.schoolNumber());
        replaceEarlierFixing(pupil.caseNumber(), id, request.requestedBy());
        return id;
    }

    private long confirm(OverrideRequest request) {
        Pupil pupil = pupil(request.caseNumber());
        requireNotWithdrawn(pupil);
        String published = publishedPlan.publishedSchool(pupil.caseNumber()).orElseThrow(() ->
                new OverrideRejectedException("Fall " + pupil.caseNumber()
                        + " hat in der zuletzt veröffentlichten Planung keinen Schulplatz; " + request.action().label()
                        + " geht erst danach"));
        if (request.schoolNumber() != null && !request.schoolNumber().equals(published)) {
            throw new OverrideRejectedException("Fall " + pupil.caseNumber() + " ist der Schule " + published
                    + " zugewiesen, nicht " + request.schoolNumber() + "; zum Ändern „fest zuweisen“ verwenden");
        }
        long id = overrides.insert(request, published);
        replaceEarlierFixing(pupil.caseNumber(), id, request.requestedBy());
        return id;
    }

    private long exclude(OverrideRequest request) {
        Pupil pupil = pupil(request.caseNumber());
        School school = school(request.schoolNumber());
        for (OverrideAction fixing : List.of(OverrideAction.FEST_ZUWEISEN, OverrideAction.ZUWEISEN, OverrideAction.BESTAETIGEN)) {
            requireNoActive(fixing, pupil.caseNumber(), school.schoolNumber(),
                    "das Kind ist dieser Schule fest zugewiesen (Korrektur Nr. %d); zuerst aufheben");
        }
        requireNoActive(OverrideAction.AUSSCHLIESSEN, pupil.caseNumber(), school.schoolNumber(),
                "die Schule ist bereits ausgeschlossen (Korrektur Nr. %d)");
        return overrides.insert(request, school.schoolNumber());
    }

    private long withdraw(OverrideRequest request) {
        Pupil pupil = pupil(request.caseNumber());
        requireNotWithdrawn(pupil);
        return overrides.insert(request, null);
    }

    private long changePlaces(OverrideRequest request) {
        School school = school(request.schoolNumber());
        require(request.gradeFrom() != null && request.freePlaces() != null && request.groupKind() != null,
                "Jahrgang, Gruppenart und freie Plätze sind anzugeben");
        int to = request.gradeTo() == null ? request.gradeFrom() : request.gradeTo();
        require(request.gradeFrom() <= to && school.form().teaches(request.gradeFrom()) && school.form().teaches(to),
                "die Schulform " + school.form().germanName() + " unterrichtet nicht die Jahrgänge "
                        + request.gradeFrom() + "-" + to);
        require(request.freePlaces() >= 0, "freie Plätze dürfen nicht negativ sein");
        OverrideRequest complete = new OverrideRequest(request.action(), null, school.schoolNumber(),
                request.groupKind(), request.gradeFrom(), to, request.freePlaces(),
                request.effectiveFrom(), null, request.reason(),
                request.requestedBy(), request.source(), request.sourceRef());
        return overrides.insert(complete, school.schoolNumber());
    }

    private long release(OverrideRequest request) {
        require(request.releaseId() != null, "die Nummer der aufzuhebenden Korrektur ist anzugeben");
        Override target = overrides.find(request.releaseId()).orElseThrow(() ->
                new OverrideRejectedException("Korrektur Nr. " + request.releaseId() + " gibt es nicht"));
        require(target.isActive(), "Korrektur Nr. " + target.id() + " ist bereits aufgehoben");
        require(target.action() != OverrideAction.AUFHEBEN, "eine Aufhebung kann nicht aufgehoben werden");
        overrides.release(target.id(), request.requestedBy(), request.reason());
        // The release itself is recorded too, so the history shows who ended what, when and why.
        return overrides.insert(new OverrideRequest(OverrideAction.AUFHEBEN, target.caseNumber(), target.schoolNumber(),
                null, null, null, null, null, target.id(), request.reason(), request.requestedBy(), request.source(),
                request.sourceRef()), target.schoolNumber());
    }

    /** A pupil has at most one pin, assignment or confirmation in force: a newer one ends the older. */
    private void replaceEarlierFixing(String caseNumber, long newId, String by) {
        for (Override earlier : overrides.active()) {
            if (earlier.id() != newId && caseNumber.equals(earlier.caseNumber())
                    && earlier.action().fixesPlacement()) {
                overrides.release(earlier.id(), by, "ersetzt durch Korrektur Nr. " + newId);
            }
        }
    }

    /**
     * A pin must fit the pupil's grade (the school form teaches it and the school reports places for it in
     * the pupil's kind of group), and those places must not all be taken by other pins and confirmations.
     * Changes of free places are not counted here: the planning run flags pins beyond changed places.
     */
    private void checkFitsAndHasPlace(Pupil pupil, School school, SchoolYear schoolYear) {
        int grade = PupilGrade.of(pupil, schoolYear);
        require(school.form().teaches(grade), "die Schulform " + school.form().germanName()
                + " passt nicht zu Jahrgang " + grade + " von Fall " + pupil.caseNumber());
        GroupKind kind = PupilGroup.of(pupil, school.form(), rules.partialLiteracyNeedsAlphabet(), schoolYear);
        List<PlaceQuota> quotas = schools.quotasOf(school.schoolNumber()).stream()
                .filter(q -> q.covers(grade) && q.groupKind() == kind).toList();
        require(!quotas.isEmpty(), "Schule " + school.schoolNumber() + " meldet keine Plätze ("
                + kind.label() + ") für Jahrgang " + grade);
        int places = quotas.stream().mapToInt(PlaceQuota::freePlaces).sum();
        long fixed = overrides.active().stream()
                .filter(o -> o.action().fixesPlacement()
                        && school.schoolNumber().equals(o.schoolNumber())
                        && !pupil.caseNumber().equals(o.caseNumber()))
                .map(o -> pupils.find(o.caseNumber()).orElse(null))
                .filter(Objects::nonNull)
                .filter(other -> PupilGroup.of(other, school.form(), rules.partialLiteracyNeedsAlphabet(), schoolYear) == kind
                        && quotas.stream().anyMatch(q -> q.covers(PupilGrade.of(other, schoolYear))))
                .count();
        require(fixed < places, "Schule " + school.schoolNumber() + " hat für Jahrgang " + grade + " ("
                + kind.label() + ") " + places + " freie Plätze, davon " + fixed + " schon fest vergeben");
    }

    private void requireNotWithdrawn(Pupil pupil) {
        requireNoActive(OverrideAction.ZURUECKZIEHEN, pupil.caseNumber(), null,
                "das Kind ist zurückgezogen (Korrektur Nr. %d); zuerst aufheben");
    }

    private void requireNoActive(OverrideAction action, String caseNumber, String schoolNumber, String message) {
        overrides.active().stream()
                .filter(o -> o.action() == action && caseNumber.equals(o.caseNumber())
                        && (schoolNumber == null || schoolNumber.equals(o.schoolNumber())))
                .findFirst()
                .ifPresent(o -> {
                    throw new OverrideRejectedException(String.format(message, o.id()));
                });
    }

    private Pupil pupil(String caseNumber) {
        require(caseNumber != null && !caseNumber.isBlank(), "die Fallnummer ist anzugeben");
        return pupils.find(caseNumber).orElseThrow(() ->
                new OverrideRejectedException("Fallnummer " + caseNumber + " ist nicht bekannt"));
    }

    private School school(String schoolNumber) {
        require(schoolNumber != null && !schoolNumber.isBlank(), "die Schulnummer ist anzugeben");
        return schools.find(schoolNumber).orElseThrow(() ->
                new OverrideRejectedException("Schulnummer " + schoolNumber + " ist nicht bekannt"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new OverrideRejectedException(message);
        }
    }
}
