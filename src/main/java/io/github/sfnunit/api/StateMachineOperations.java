package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.ExecutionOptions;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.asl.DefinitionParser;
import io.github.sfnunit.asl.InvalidDefinitionException;
import io.github.sfnunit.asl.SizeLimits;
import io.github.sfnunit.asl.StateMachineDefinition;
import io.github.sfnunit.asl.StateMachineType;
import io.github.sfnunit.asl.UnsupportedFeatureException;
import io.github.sfnunit.asl.ValidationError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CreateStateMachine, UpdateStateMachine, DeleteStateMachine, DescribeStateMachine, ListStateMachines and
 * ValidateStateMachineDefinition. Definitions are checked by the same parser as {@code sfn-unit validate}.
 */
final class StateMachineOperations {

    /** AWS's limit on a definition: 1 MiB. */
    private static final int MAX_DEFINITION = SizeLimits.MAX_DEFINITION_CHARACTERS;

    private final ApiState state;

    StateMachineOperations(ApiState state) {
        this.state = state;
    }

    void register(Map<String, Operation> operations) {
        operations.put(
                "CreateStateMachine",
                Operation.of(
                        this::create,
                        "name",
                        "definition",
                        "roleArn",
                        "type",
                        "loggingConfiguration",
                        "tags",
                        "tracingConfiguration",
                        "publish",
                        "versionDescription",
                        "encryptionConfiguration"));
        operations.put(
                "UpdateStateMachine",
                Operation.of(
                        this::update,
                        "stateMachineArn",
                        "definition",
                        "roleArn",
                        "loggingConfiguration",
                        "tracingConfiguration",
                        "publish",
                        "versionDescription",
                        "encryptionConfiguration"));
        operations.put("DeleteStateMachine", Operation.of(this::delete, "stateMachineArn"));
        operations.put("DescribeStateMachine", Operation.of(this::describe, "stateMachineArn", "includedData"));
        operations.put("ListStateMachines", Operation.of(this::list, "maxResults", "nextToken"));
        operations.put(
                "ValidateStateMachineDefinition",
                Operation.of(this::validate, "definition", "type", "severity", "maxResults"));
    }

    private ObjectNode create(Request request) {
        String name = request.requiredString("name");
        String definitionText = definitionText(request, true);
        String roleArn = roleArn(request.requiredString("roleArn"));
        StateMachineType type = type(request.string("type"));
        Map<String, String> tags = request.tags("tags");
        Arns.checkName(name);
        StateMachine machine = compile(definitionText, type, name, roleArn);
        state.lock.lock();
        try {
            String arn = state.arns.stateMachine(name);
            MachineRecord existing = state.machines.get(arn);
            if (existing != null) {
                // AWS: creating the same machine again is idempotent; anything else is a conflict.
                if (!existing.definition().equals(definitionText)
                        || !existing.roleArn().equals(roleArn)
                        || existing.type() != type) {
                    throw new ApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
                }
                return created(existing);
            }
            Instant now = state.now();
            MachineRecord record = new MachineRecord(
                    state.nextSequence(),
                    arn,
                    name,
                    type,
                    definitionText,
                    roleArn,
                    request.node("loggingConfiguration"),
                    request.node("tracingConfiguration"),
                    machine,
                    now,
                    now,
                    MachineRecord.mutableTags(tags));
            state.machines.put(arn, record);
            return created(record);
        } finally {
            state.lock.unlock();
        }
    }

    private static ObjectNode created(MachineRecord record) {
        ObjectNode out = Wire.object().put("stateMachineArn", record.arn());
        out.put("creationDate", Wire.time(record.creationDate()));
        return out;
    }

    private ObjectNode update(Request request) {
        String arn = request.requiredString("stateMachineArn");
        Arns.parse(arn, "stateMachine");
        String definitionText = definitionText(request, false);
        String roleArn = request.has("roleArn") ? roleArn(request.string("roleArn")) : null;
        if (definitionText == null
                && roleArn == null
                && !request.has("loggingConfiguration")
                && !request.has("tracingConfiguration")) {
            throw new ApiException(
                    "MissingRequiredParameter",
                    "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must"
                            + " be specified");
        }
        state.lock.lock();
        try {
            MachineRecord existing = machine(arn);
            String newDefinition = definitionText != null ? definitionText : existing.definition();
            String newRole = roleArn != null ? roleArn : existing.roleArn();
            StateMachine machine = definitionText != null || roleArn != null
                    ? compile(newDefinition, existing.type(), existing.name(), newRole)
                    : existing.machine();
            Instant now = state.now();
            MachineRecord updated = existing.updated(
                    newDefinition,
                    newRole,
                    request.has("loggingConfiguration")
                            ? request.node("loggingConfiguration")
                            : existing.loggingConfiguration(),
                    request.has("tracingConfiguration")
                            ? request.node("tracingConfiguration")
                            : existing.tracingConfiguration(),
                    machine,
                    now);
            state.machines.put(arn, updated);
            return Wire.object().put("updateDate", Wire.time(now));
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode delete(Request request) {
        String arn = request.requiredString("stateMachineArn");
        Arns.parse(arn, "stateMachine");
        state.lock.lock();
        try {
            // AWS answers success for a machine that does not exist (or no longer does).
            state.machines.remove(arn);
            return Wire.object();
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode describe(Request request) {
        String arn = request.requiredString("stateMachineArn");
        Arns.parse(arn, "stateMachine");
        state.lock.lock();
        try {
            MachineRecord record = machine(arn);
            ObjectNode out = description(record);
            out.put("status", "ACTIVE");
            out.put("type", record.type().name());
            out.put("creationDate", Wire.time(record.creationDate()));
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    /** What DescribeStateMachine and DescribeStateMachineForExecution share. */
    static ObjectNode description(MachineRecord record) {
        ObjectNode out = Wire.object();
        out.put("stateMachineArn", record.arn());
        out.put("name", record.name());
        out.put("definition", record.definition());
        out.put("roleArn", record.roleArn());
        out.set(
                "loggingConfiguration",
                record.loggingConfiguration() != null
                        ? record.loggingConfiguration()
                        : Wire.object().put("level", "OFF").put("includeExecutionData", false));
        out.set(
                "tracingConfiguration",
                record.tracingConfiguration() != null
                        ? record.tracingConfiguration()
                        : Wire.object().put("enabled", false));
        return out;
    }

    private ObjectNode list(Request request) {
        int max = request.maxResults(100);
        long after = Pages.position(request.string("nextToken"), "machines", 0);
        state.lock.lock();
        try {
            ObjectNode out = Wire.object();
            ArrayNode items = out.putArray("stateMachines");
            List<MachineRecord> ordered = state.machines.values().stream()
                    .filter(record -> record.sequence() > after)
                    .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                    .toList();
            for (MachineRecord record : ordered) {
                if (items.size() == max) {
                    out.put(
                            "nextToken",
                            Pages.token("machines", ordered.get(max - 1).sequence()));
                    break;
                }
                ObjectNode item = items.addObject();
                item.put("stateMachineArn", record.arn());
                item.put("name", record.name());
                item.put("type", record.type().name());
                item.put("creationDate", Wire.time(record.creationDate()));
            }
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode validate(Request request) {
        String definitionText = definitionText(request, true);
        StateMachineType type = type(request.string("type"));
        int max = request.maxResults(100);
        ObjectNode out = Wire.object();
        ArrayNode diagnostics = Wire.NODES.arrayNode();
        try {
            new DefinitionParser(type).parse(definitionText);
        } catch (InvalidDefinitionException e) {
            for (ValidationError error : e.errors()) {
                if (diagnostics.size() == max) {
                    break;
                }
                diagnostics
                        .addObject()
                        .put("severity", "ERROR")
                        .put("code", "SCHEMA_VALIDATION_FAILED")
                        .put("message", error.message())
                        .put("location", error.pointer().isEmpty() ? "/" : error.pointer());
            }
            out.put("result", "FAIL");
            out.set("diagnostics", diagnostics);
            out.put("truncated", e.errors().size() > diagnostics.size());
            return out;
        }
        out.put("result", "OK");
        out.set("diagnostics", diagnostics);
        out.put("truncated", false);
        return out;
    }

    MachineRecord machine(String arn) {
        MachineRecord record = state.machines.get(arn);
        if (record == null) {
            throw new ApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
        }
        return record;
    }

    static String definitionText(Request request, boolean required) {
        String text = required ? request.requiredString("definition") : request.string("definition");
        if (text != null && text.length() > MAX_DEFINITION) {
            throw ApiException.constraint(
                    "definition", "(a definition)", "Member must have length less than or equal to " + MAX_DEFINITION);
        }
        return text;
    }

    static String roleArn(String roleArn) {
        String[] parts = roleArn.split(":", -1);
        if (parts.length < 6 || !"arn".equals(parts[0]) || parts[2].isEmpty()) {
            throw ApiException.invalidArn(roleArn, "Unable to parse ARN");
        }
        return roleArn;
    }

    static StateMachineType type(String text) {
        if (text == null) {
            return StateMachineType.STANDARD;
        }
        return switch (text) {
            case "STANDARD" -> StateMachineType.STANDARD;
            case "EXPRESS" -> StateMachineType.EXPRESS;
            default ->
                throw ApiException.constraint("type", text, "Member must satisfy enum value set: [STANDARD, EXPRESS]");
        };
    }

    /** Parses and compiles as {@code sfn-unit validate} checks: every problem in one InvalidDefinition. */
    private StateMachine compile(String definitionText, StateMachineType type, String name, String roleArn) {
        StateMachineDefinition definition;
        try {
            definition = new DefinitionParser(type).parse(definitionText);
        } catch (InvalidDefinitionException e) {
            throw new ApiException("InvalidDefinition", invalidDefinitionMessage(e.errors()));
        }
        try {
            return StateMachine.from(
                    definition,
                    ExecutionOptions.builder()
                            .stateMachineName(name)
                            .stateMachineType(type)
                            .region(state.arns.region())
                            .accountId(state.arns.accountId())
                            .roleArn(Objects.requireNonNull(roleArn))
                            .build());
        } catch (UnsupportedFeatureException e) {
            throw new ApiException(
                    "SfnUnit.UnsupportedFeature", "sfn-unit cannot run this definition yet: " + e.getMessage());
        }
    }

    /** AWS's wording: {@code Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ... at /States/A'}. */
    static String invalidDefinitionMessage(List<ValidationError> errors) {
        StringBuilder text = new StringBuilder("Invalid State Machine Definition: '");
        for (int i = 0; i < errors.size(); i++) {
            ValidationError error = errors.get(i);
            text.append(i == 0 ? "" : ", ")
                    .append("SCHEMA_VALIDATION_FAILED: ")
                    .append(error.message())
                    .append(" at ")
                    .append(error.pointer().isEmpty() ? "/" : error.pointer());
        }
        return text.append("'").toString();
    }
}
