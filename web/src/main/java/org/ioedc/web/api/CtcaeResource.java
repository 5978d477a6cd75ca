package org.ioedc.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.forms.ctcae.CtcaeDictionary;
import org.ioedc.forms.ctcae.LabGrading;
import org.ioedc.forms.ctcae.LabTerm;
import org.ioedc.web.security.CurrentActor;

/**
 * The CTCAE v5.0 dictionary for adverse event forms: term look-up (spec api.md) and the laboratory grading
 * suggestion. The dictionary is read once per application ({@link CtcaeDictionary#load()} caches it).
 */
@Path("ctcae")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CTCAE")
public class CtcaeResource {

    /** The laboratory tests a client names, in the order of the error message, and the CTCAE terms they grade. */
    private static final Map<String, LabTerm> LAB_TESTS = new LinkedHashMap<>();

    static {
        LAB_TESTS.put("ALT", LabTerm.ALT_INCREASED);
        LAB_TESTS.put("AST", LabTerm.AST_INCREASED);
        LAB_TESTS.put("BILIRUBIN", LabTerm.BLOOD_BILIRUBIN_INCREASED);
        LAB_TESTS.put("CREATININE", LabTerm.CREATININE_INCREASED);
    }

    private static final String LAB_TEST_NAMES = String.join(", ", LAB_TESTS.keySet());

    @Inject
    private CurrentActor actor;

    @GET
    @Path("terms")
    @Operation(summary = "Search CTCAE v5.0 terms by words, abbreviations (ALT, AST...) or irAE words (hepatitis...),"
            + " best matches first, at most 20")
    public List<CtcaeDtos.TermOut> search(@QueryParam("q") String q) {
        actor.get();
        return CtcaeDictionary.load().search(q, CtcaeDictionary.DEFAULT_SEARCH_LIMIT).stream()
                .map(CtcaeDtos.TermOut::of).toList();
    }

    @GET
    @Path("terms/{meddraCode}")
    @Operation(summary = "One CTCAE v5.0 term by its MedDRA code")
    public CtcaeDtos.TermOut term(@PathParam("meddraCode") String meddraCode) {
        actor.get();
        return CtcaeDictionary.load().byCode(meddraCode).map(CtcaeDtos.TermOut::of)
                .orElseThrow(() -> new NotFoundException("No CTCAE v5.0 term has MedDRA code " + meddraCode));
    }

    @POST
    @Path("lab-grade")
    @Operation(summary = "Suggest the CTCAE v5.0 grade of an ALT, AST, bilirubin or creatinine value from the upper"
            + " limit of normal and the optional baseline, with the criterion that gave it")
    public CtcaeDtos.LabGradeOut labGrade(CtcaeDtos.LabGradeIn in) {
        actor.get();
        Requests.body(in);
        List<InvalidDataException.Fault> faults = new ArrayList<>();
        String test = in.test() == null ? "" : in.test().strip().toUpperCase(Locale.ROOT);
        LabTerm lab = LAB_TESTS.get(test);
        if (lab == null) {
            faults.add(new InvalidDataException.Fault("test", in.test() == null || in.test().isBlank()
                    ? "test is required: one of " + LAB_TEST_NAMES
                    : "unknown test '" + in.test() + "'; expected one of " + LAB_TEST_NAMES));
        }
        if (in.value() == null) {
            faults.add(new InvalidDataException.Fault("value", "value is required"));
        } else if (in.value().signum() < 0) {
            faults.add(new InvalidDataException.Fault("value", "value must not be negative"));
        }
        if (in.upperLimitOfNormal() == null) {
            faults.add(new InvalidDataException.Fault("upperLimitOfNormal", "upperLimitOfNormal is required"));
        } else if (in.upperLimitOfNormal().signum() <= 0) {
            faults.add(new InvalidDataException.Fault("upperLimitOfNormal", "upperLimitOfNormal must be greater than 0"));
        }
        if (in.baseline() != null && in.baseline().signum() <= 0) {
            faults.add(new InvalidDataException.Fault("baseline", "baseline must be greater than 0 when given"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidDataException("The laboratory value cannot be graded", faults);
        }
        return CtcaeDtos.LabGradeOut.of(test,
                LabGrading.suggest(lab, in.value(), in.upperLimitOfNormal(), in.baseline()));
    }
}
