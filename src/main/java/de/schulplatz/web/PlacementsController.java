package de.schulplatz.web;

import de.schulplatz.audit.AuditLog;
import de.schulplatz.excel.CellTexts;
import de.schulplatz.planning.PlacementStatus;
import de.schulplatz.security.Account;
import de.schulplatz.security.ScopeDeniedException;
import de.schulplatz.web.PlanTable.Plan;
import de.schulplatz.web.PlanTable.Row;
import de.schulplatz.web.PlanTable.SchoolLoad;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Zuweisungen: every placement of a plan (the latest published unless a run is chosen) with its reason,
 * filterable by school, authority, municipality, school form and status, and per school the places used
 * and free. A Schulaufsicht sees the rows and schools of its own list only.
 */
@Controller
@ConditionalOnWebApplication
class PlacementsController {

    /** Rows on one page of the table. */
    static final int PAGE_SIZE = 100;

    /** The filters as chosen; empty text means "all". {@code search} matches Fallnummer or name. */
    public record Filters(String school, String authority, String municipality, String schoolForm, String status,
            String search) {

        public boolean any() {
            return Stream.of(school, authority, municipality, schoolForm, status, search).anyMatch(f -> !f.isEmpty());
        }

        Filters without(String facet) {
            return new Filters(facet.equals("schule") ? "" : school, facet.equals("aufsicht") ? "" : authority,
                    facet.equals("gemeinde") ? "" : municipality, facet.equals("schulform") ? "" : schoolForm,
                    facet.equals("status") ? "" : status, search);
        }

        public String describe() {
            StringBuilder text = new StringBuilder();
            append(text, "Schule", school);
            append(text, "Schulaufsicht", authority);
            append(text, "Gemeinde", municipality);
            append(text, "Schulform", schoolForm);
            append(text, "Status", status);
            // the search text may be a child's name: never in the audit log
            if (!search.isEmpty()) {
                text.append(", Suche");
            }
            return text.toString();
        }

        private static void append(StringBuilder text, String name, String value) {
            if (!value.isEmpty()) {
                text.append(", ").append(name).append(' ').append(value);
            }
        }
    }

    /** A choice in a filter list, with how many rows it would show given the other filters. */
    public record Option(String value, String label, long count) {

        /** "Realschule (12)" */
        public String text() {
            return label + " (" + count + ")";
        }
    }

    /** The sort orders of the table, by the parameter's value. */
    enum Sort {
        FALLNUMMER("fallnummer", "Fallnummer", Comparator.comparing(Row::caseNumber)),
        NAME("name", "Name", Comparator.comparing((Row r) -> r.lastName() == null ? "" : r.lastName().toLowerCase(Locale.GERMAN))
                .thenComparing(r -> r.firstName() == null ? "" : r.firstName().toLowerCase(Locale.GERMAN))),
        JAHRGANG("jahrgang", "Jahrgang", Comparator.comparingInt(Row::grade)),
        SCHULE("schule", "Schule", Comparator.comparing((Row r) -> r.schoolName() == null ? "\uffff" : r.schoolName())),
        WEG("weg", "Weg", Comparator.comparing((Row r) -> r.distanceMetres() == null ? Integer.MAX_VALUE : r.distanceMetres())),
        STATUS("status", "Status", Comparator.comparing((Row r) -> r.status().ordinal()));

        final String parameter;
        final String label;
        final Comparator<Row> order;

        Sort(String parameter, String label, Comparator<Row> order) {
            this.parameter = parameter;
            this.label = label;
            this.order = order.thenComparing(Row::caseNumber);
        }

        static Sort of(String parameter) {
            return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst().orElse(FALLNUMMER);
        }

        public String parameter() {
            return parameter;
        }

        public String label() {
            return label;
        }
    }

    private final PlanTable planTable;
    private final AuditLog audit;

    PlacementsController(PlanTable planTable, AuditLog audit) {
        this.planTable = planTable;
        this.audit = audit;
    }

    @GetMapping("/zuweisungen")
    String placements(@RequestParam(required = false) Long lauf,
            @RequestParam(defaultValue = "") String schule, @RequestParam(defaultValue = "") String aufsicht,
            @RequestParam(defaultValue = "") String gemeinde, @RequestParam(defaultValue = "") String schulform,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String suche,
            @RequestParam(defaultValue = "fallnummer") String sortierung, @RequestParam(defaultValue = "1") int seite,
            @AuthenticationPrincipal Account user, Model model) {
        Filters filters = new Filters(schule.strip(), aufsicht.strip(), gemeinde.strip(), schulform.strip(),
                status.strip(), suche.strip());
        Sort sort = Sort.of(sortierung);
        if (!filters.authority().isEmpty() && !user.mayReadListOf(filters.authority())) {
            throw new ScopeDeniedException("Keine Berechtigung für die Liste von „" + filters.authority()
                    + "“; sichtbar ist nur die Liste von „" + user.schoolAuthority() + "“");
        }
        if (!planTable.hasPlanToShow(lauf)) {
            return PlanTable.noPlanYet(model, "zuweisungen", "Zuweisungen");
        }
        Plan plan = planTable.of(lauf, user);
        List<Row> rows = plan.rows().stream().filter(matches(filters)).sorted(sort.order).toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, seite), pages);
        List<SchoolLoad> schools = plan.schools().stream().filter(loadMatches(filters)).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("lauf", lauf);
        model.addAttribute("rows", rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE)));
        model.addAttribute("rowCount", rows.size());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", Sort.values());
        model.addAttribute("schools", schools);
        model.addAttribute("filters", filters);
        List<Row> forSchool = plan.rows().stream().filter(matches(filters.without("schule"))).toList();
        model.addAttribute("schoolOptions", plan.schools().stream()
                .map(load -> new Option(load.school().schoolNumber(), load.school().name() + " ("
                        + load.school().schoolNumber() + ")", forSchool.stream()
                        .filter(r -> load.school().schoolNumber().equals(r.schoolNumber())).count())).toList());
        List<Row> forAuthority = plan.rows().stream().filter(matches(filters.without("aufsicht"))).toList();
        model.addAttribute("authorityOptions", counted(sorted(plan.rows().stream().flatMap(r -> r.authorities().stream())
                .filter(user::mayReadListOf).toList()), value -> forAuthority.stream()
                .filter(r -> r.authorities().contains(value)).count()));
        List<Row> forMunicipality = plan.rows().stream().filter(matches(filters.without("gemeinde"))).toList();
        model.addAttribute("municipalityOptions", counted(sorted(plan.rows().stream().map(Row::municipality).toList()),
                value -> forMunicipality.stream().filter(r -> value.equals(r.municipality())).count()));
        List<Row> forForm = plan.rows().stream().filter(matches(filters.without("schulform"))).toList();
        model.addAttribute("formOptions", counted(sorted(plan.rows().stream().map(Row::schoolForm).toList()),
                value -> forForm.stream().filter(r -> value.equals(r.schoolForm())).count()));
        List<Row> forStatus = plan.rows().stream().filter(matches(filters.without("status"))).toList();
        model.addAttribute("statusOptions", Arrays.stream(PlacementStatus.values())
                .map(s -> new Option(s.name(), s.label(), forStatus.stream().filter(r -> r.status() == s).count()))
                .toList());
        audit.record(user.getUsername(), "Zuweisungen gelesen (Arbeitsbereich)", "Lauf " + plan.run().id()
                + filters.describe(), rows.size() + " Zeilen");
        return "zuweisungen";
    }

    private static List<Option> counted(List<String> values, java.util.function.ToLongFunction<String> count) {
        return values.stream().map(value -> new Option(value, value, count.applyAsLong(value))).toList();
    }

    private static List<String> sorted(Collection<String> values) {
        return List.copyOf(new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
    }

    private static Predicate<Row> matches(Filters filters) {
        return row -> (filters.school().isEmpty() || filters.school().equals(row.schoolNumber()))
                && (filters.authority().isEmpty() || row.authorities().contains(filters.authority()))
                && (filters.municipality().isEmpty() || filters.municipality().equals(row.municipality()))
                && (filters.schoolForm().isEmpty() || filters.schoolForm().equals(row.schoolForm()))
                && (filters.status().isEmpty() || filters.status().equals(row.status().name()))
                && (filters.search().isEmpty() || found(row, filters.search()));
    }

    /** Fallnummer or name contains the search text, ignoring case and accents' composition. */
    static boolean found(Row row, String search) {
        String key = CellTexts.matchKey(search);
        return Stream.of(row.caseNumber(), row.lastName(), row.firstName(),
                        row.lastName() == null ? null : row.firstName() + " " + row.lastName())
                .anyMatch(text -> text != null && CellTexts.matchKey(text).contains(key));
    }

    private static Predicate<SchoolLoad> loadMatches(Filters filters) {
        return load -> (filters.school().isEmpty() || filters.school().equals(load.school().schoolNumber()))
                && (filters.authority().isEmpty() || filters.authority().equals(load.school().authority()))
                && (filters.municipality().isEmpty() || filters.municipality().equals(load.municipality()))
                && (filters.schoolForm().isEmpty() || filters.schoolForm().equals(load.school().form().germanName()));
    }
}
