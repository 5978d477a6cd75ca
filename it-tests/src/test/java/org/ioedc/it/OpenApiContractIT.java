package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The document served at /openapi is a contract client tools accept: swagger-parser (what client generators
 * read it with) finds nothing to say about it, each operation has an id of its own, each tag is declared once,
 * every call describes its problem+json errors, and a Java client is generated from it.
 */
@ExtendWith(Suite.class)
class OpenApiContractIT {

    private static String document;
    private static OpenAPI api;

    @BeforeAll
    static void fetchAndParse() {
        var r = Suite.anonymous().get("/openapi");
        assertEquals(200, r.status(), r.body());
        document = r.body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertEquals(List.of(), result.getMessages(), "what the validator says about /openapi");
        api = result.getOpenAPI();
        assertNotNull(api, "the document parses");
    }

    @Test
    void theDocumentIsValidOpenApi() {
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertTrue(api.getPaths().containsKey("/api/v1/studies/{studyOid}/subjects"));
        assertTrue(api.getPaths().containsKey("/api/v1/studies/{studyOid}/deviations/{id}"),
                "path templates name their parameter only: " + api.getPaths().keySet());
        assertTrue(api.getExtensions() == null || api.getExtensions().isEmpty(), "nothing beyond OpenAPI at the top");
    }

    @Test
    void everyOperationHasAnIdOfItsOwnAndDeclaredTags() {
        Set<String> declared = new HashSet<>();
        for (Tag tag : api.getTags()) {
            assertTrue(declared.add(tag.getName()), "tag declared twice: " + tag.getName());
        }
        Set<String> ids = new HashSet<>();
        for (Operation op : operations()) {
            assertNotNull(op.getOperationId(), "an operation without an id: " + op.getSummary());
            assertTrue(ids.add(op.getOperationId()), "operationId used twice: " + op.getOperationId());
            assertTrue(op.getTags() != null && !op.getTags().isEmpty(), op.getOperationId() + " has a tag");
            assertTrue(declared.containsAll(op.getTags()), op.getOperationId() + " uses an undeclared tag: " + op.getTags());
        }
        assertTrue(ids.containsAll(Set.of("listSubjects", "getSubject", "saveVisitForm", "listQueries", "closeQuery",
                "closeDeviation", "createStudy", "createUser")), ids.toString());
    }

    @Test
    void everyOperationDescribesItsProblems() {
        var problem = api.getComponents().getSchemas().get("Problem");
        assertNotNull(problem, "a Problem schema");
        assertTrue(problem.getProperties().keySet().containsAll(Set.of("type", "title", "status", "detail", "errors")));
        for (Operation op : operations()) {
            for (String status : List.of("400", "401", "403", "404", "422", "500")) {
                var response = resolved(op.getResponses().get(status));
                assertNotNull(response, op.getOperationId() + " describes " + status);
                var content = response.getContent();
                assertNotNull(content, op.getOperationId() + " " + status + " has content");
                assertNotNull(content.get("application/problem+json"), op.getOperationId() + " " + status + " is problem+json");
            }
        }
        var save = api.getPaths().get("/api/v1/studies/{studyOid}/subjects/{subjectId}/visits/{visitOid}/forms/{formOid}").getPut();
        assertTrue(save.getResponses().keySet().containsAll(Set.of("409", "413", "415")), save.getResponses().keySet().toString());
    }

    @Test
    void aJavaClientIsGeneratedFromIt(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("openapi.json");
        Files.writeString(spec, document);
        Path out = dir.resolve("client");
        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(spec.toString())
                .setOutputDir(out.toString())
                .setApiPackage("org.ioedc.client.api")
                .setModelPackage("org.ioedc.client.model")
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        List<File> files = new DefaultGenerator().opts(config.toClientOptInput()).generate();
        assertTrue(!files.isEmpty(), "files generated");

        Path apis = out.resolve("src/main/java/org/ioedc/client/api");
        Set<String> generated;
        try (var list = Files.list(apis)) {
            generated = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        for (String name : List.of("StudiesApi.java", "SubjectsApi.java", "DataEntryApi.java", "QueriesApi.java",
                "DeviationsApi.java", "ReviewApi.java", "UsersApi.java", "SessionsApi.java")) {
            assertTrue(generated.contains(name), name + " among " + generated);
        }
        String subjects = Files.readString(apis.resolve("SubjectsApi.java"));
        assertTrue(subjects.contains(" listSubjects(") && subjects.contains(" getSubject("), "SubjectsApi has its operations");
        String entry = Files.readString(apis.resolve("DataEntryApi.java"));
        assertTrue(entry.contains(" saveVisitForm("), "DataEntryApi saves a visit form");
        assertTrue(Files.exists(out.resolve("src/main/java/org/ioedc/client/model/Problem.java")), "the Problem model");
    }

    /** A response as declared, or the shared one of components it refers to. */
    private static ApiResponse resolved(ApiResponse response) {
        if (response == null || response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getResponses().get(name);
    }

    private static List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        api.getPaths().values().forEach(item -> all.addAll(item.readOperations()));
        return all;
    }
}
