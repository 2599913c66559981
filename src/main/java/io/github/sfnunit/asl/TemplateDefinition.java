package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts one state machine's definition from a SAM, CloudFormation or CDK-synthesized template: picks the
 * {@code AWS::StepFunctions::StateMachine} or {@code AWS::Serverless::StateMachine} resource, reads its {@code
 * Definition}, {@code DefinitionString} or {@code DefinitionUri}, and applies its {@code DefinitionSubstitutions}
 * (after the caller's own substitutions, which win).
 *
 * @param definition the definition tree, every placeholder filled
 * @param machineType from the resource's {@code StateMachineType} / {@code Type}
 * @param name the state machine's name: {@link #stateMachineName(JsonNode, String)}
 */
record TemplateDefinition(JsonNode definition, StateMachineType machineType, String logicalId, String name) {

    private static final Set<String> STATE_MACHINE_TYPES =
            Set.of("AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine");

    /** True when {@code document} looks like a template rather than a definition. */
    static boolean isTemplate(JsonNode document) {
        return document.isObject() && document.path("Resources").isObject() && !document.has("StartAt");
    }

    /**
     * @param logicalId the resource to use, or {@code null} when the template has exactly one state machine
     * @param baseDirectory where a relative {@code DefinitionUri} is read from, or {@code null}
     */
    static TemplateDefinition extract(
            JsonNode template, String logicalId, Map<String, String> substitutions, Path baseDirectory) {
        String id = select(template, logicalId);
        JsonNode resource = template.path("Resources").path(id);
        JsonNode properties = resource.path("Properties");
        boolean serverless = resource.path("Type").asText().equals("AWS::Serverless::StateMachine");
        CloudFormationIntrinsics intrinsics = new CloudFormationIntrinsics(template, substitutions);
        String propertiesPointer = Json.child(Json.child(Json.child("", "Resources"), id), "Properties");

        Map<String, String> values = new LinkedHashMap<>(Substitutions.PSEUDO_PARAMETERS);
        JsonNode declared = properties.path("DefinitionSubstitutions");
        if (declared.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = declared.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode resolved = intrinsics.resolve(
                        entry.getValue(),
                        Json.child(Json.child(propertiesPointer, "DefinitionSubstitutions"), entry.getKey()));
                values.put(entry.getKey(), resolved.isValueNode() ? resolved.asText() : JsonCodec.write(resolved));
            }
        }
        values.putAll(substitutions);
        String what = "the definition of state machine \"" + id + "\"";

        JsonNode definition;
        if (properties.has("Definition")) {
            String definitionPointer = Json.child(propertiesPointer, "Definition");
            JsonNode resolved = intrinsics.resolve(properties.get("Definition"), definitionPointer);
            Set<String> missing = new java.util.LinkedHashSet<>(Substitutions.placeholders(JsonCodec.write(resolved)));
            missing.removeAll(values.keySet());
            if (!missing.isEmpty()) {
                throw Substitutions.missing(missing, what);
            }
            TextBudget strings =
                    new TextBudget(SizeLimits.MAX_DEFINITION_CHARACTERS, "AWS's largest state machine definition");
            definition = substituteStrings(resolved, values, what, definitionPointer, strings);
        } else if (properties.has("DefinitionString")) {
            String definitionPointer = Json.child(propertiesPointer, "DefinitionString");
            String text = intrinsics.resolveString(
                    properties.get("DefinitionString"), "DefinitionString of " + id, definitionPointer);
            definition = DocumentReader.read(Substitutions.apply(text, values::get, what, definitionPointer), what);
        } else if (properties.has("DefinitionUri")) {
            definition = fromUri(properties.get("DefinitionUri"), id, values, what, baseDirectory);
        } else if (properties.has("DefinitionS3Location")) {
            throw new UnsupportedFeatureException("State machine \"" + id + "\" reads its definition from S3"
                    + " (DefinitionS3Location), which sfn-unit cannot fetch: load the definition file instead");
        } else {
            throw new InvalidDefinitionException(
                    "",
                    "state machine \"" + id + "\" has no Definition, DefinitionString"
                            + (serverless ? " or DefinitionUri" : " or DefinitionS3Location"));
        }
        String typeText = serverless
                ? properties.path("Type").asText("STANDARD")
                : properties.path("StateMachineType").asText("STANDARD");
        StateMachineType type = "EXPRESS".equals(typeText) ? StateMachineType.EXPRESS : StateMachineType.STANDARD;
        return new TemplateDefinition(definition, type, id, stateMachineName(template, id));
    }

    /**
     * The name of the state machine resource {@code logicalId}: its {@code StateMachineName} (CloudFormation) or
     * {@code Name} (SAM) when it is a plain string, else the logical id (where CloudFormation would add a random
     * suffix). {@code Ref} to the resource resolves to the ARN with this name, and executions carry it in {@code
     * $$.StateMachine}, so that both agree as they do on AWS.
     */
    static String stateMachineName(JsonNode template, String logicalId) {
        JsonNode resource = template.path("Resources").path(logicalId);
        JsonNode name = resource.path("Type").asText().equals("AWS::Serverless::StateMachine")
                ? resource.path("Properties").path("Name")
                : resource.path("Properties").path("StateMachineName");
        return name.isTextual() && !name.textValue().isBlank() ? name.textValue() : logicalId;
    }

    private static String select(JsonNode template, String logicalId) {
        List<String> machines = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it =
                template.path("Resources").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (STATE_MACHINE_TYPES.contains(entry.getValue().path("Type").asText())) {
                machines.add(entry.getKey());
            }
        }
        if (logicalId != null) {
            if (!machines.contains(logicalId)) {
                throw new InvalidDefinitionException(
                        "",
                        "the template has no state machine \"" + logicalId + "\""
                                + Suggestions.clause(logicalId, machines) + "; its state machines are " + machines);
            }
            return logicalId;
        }
        if (machines.size() != 1) {
            throw new InvalidDefinitionException(
                    "",
                    machines.isEmpty()
                            ? "the template has no AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine"
                                    + " resource"
                            : "the template has " + machines.size() + " state machines " + machines
                                    + ": choose one by its logical id");
        }
        return machines.get(0);
    }

    private static JsonNode fromUri(
            JsonNode uri, String id, Map<String, String> values, String what, Path baseDirectory) {
        if (!uri.isTextual() || uri.textValue().startsWith("s3://")) {
            throw new UnsupportedFeatureException("State machine \"" + id + "\" has a DefinitionUri in S3, which"
                    + " sfn-unit cannot fetch: point DefinitionUri at a local file");
        }
        if (baseDirectory == null) {
            throw new InvalidDefinitionException(
                    "",
                    "state machine \"" + id + "\" reads its definition from \"" + uri.textValue()
                            + "\": load the template from a file so that the relative path can be resolved");
        }
        Path file = baseDirectory.resolve(uri.textValue()).normalize();
        String text = DocumentReader.readFile(
                file, "DefinitionUri \"" + uri.textValue() + "\" of state machine \"" + id + "\" (" + file + ")");
        return DocumentReader.read(
                Substitutions.apply(text, values, what), file.getFileName().toString());
    }

    /** Fills {@code ${name}} placeholders inside every string (and key) of a Definition object. */
    private static JsonNode substituteStrings(
            JsonNode node, Map<String, String> values, String what, String pointer, TextBudget strings) {
        if (node.isTextual()) {
            String text = Substitutions.apply(node.textValue(), values::get, what, pointer);
            strings.spend(text.length(), "the substitutions of " + what, pointer);
            return JsonNodeFactory.instance.textNode(text);
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                array.add(substituteStrings(node.get(i), values, what, Json.child(pointer, i), strings));
            }
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = Substitutions.apply(entry.getKey(), values::get, what, pointer);
                strings.spend(key.length(), "the substitutions of " + what, pointer);
                object.set(
                        key,
                        substituteStrings(
                                entry.getValue(), values, what, Json.child(pointer, entry.getKey()), strings));
            }
            return object;
        }
        return node;
    }
}
