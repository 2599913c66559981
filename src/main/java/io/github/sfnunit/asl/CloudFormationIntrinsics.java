package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves the CloudFormation intrinsic functions a state machine's properties use ({@code Ref}, {@code
 * Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}) into stable placeholder
 * values, without deploying anything.
 *
 * <p>The placeholder scheme (documented in docs/getting-started-cli.md): pseudo parameters resolve as {@link
 * Substitutions#PSEUDO_PARAMETERS}; a template parameter resolves to the caller's substitution of the same name,
 * else its {@code Default}; a resource resolves from its logical id {@code L}: {@code Ref} gives what CloudFormation
 * returns for that type (the ARN for topics, state machines and activities, the URL for queues, the name
 * otherwise) and {@code Fn::GetAtt L.Arn} gives {@code arn:aws:<service>:us-east-1:123456789012:<kind>:L}.
 */
final class CloudFormationIntrinsics {

    private static final int MAX_DEPTH = 100;

    /**
     * The text the functions of one template may build in all: each text is at most one definition long, and a
     * definition built through a few levels of nested functions counts once per level.
     */
    static final long MAX_BUILT_CHARACTERS = 8L * SizeLimits.MAX_DEFINITION_CHARACTERS;

    private final JsonNode template;
    private final Map<String, String> substitutions;
    private final TextBudget built =
            new TextBudget(MAX_BUILT_CHARACTERS, "8 times AWS's largest state machine definition");

    /**
     * @param substitutions the caller's values, over the pseudo-parameter defaults; they also override template
     *     parameters
     */
    CloudFormationIntrinsics(JsonNode template, Map<String, String> substitutions) {
        this.template = template;
        this.substitutions = Substitutions.withPseudoParameters(substitutions);
    }

    /**
     * {@code value} with every intrinsic function call replaced by its placeholder result.
     *
     * @param pointer where {@code value} is in the template, for messages
     */
    JsonNode resolve(JsonNode value, String pointer) {
        return resolve(value, 0, pointer);
    }

    /** Resolves {@code value} and requires a string result. */
    String resolveString(JsonNode value, String where, String pointer) {
        JsonNode resolved = resolve(value, pointer);
        if (!resolved.isTextual()) {
            throw new InvalidDefinitionException(
                    "", where + " must resolve to a string, found " + Json.describe(resolved));
        }
        return resolved.textValue();
    }

    private JsonNode resolve(JsonNode value, int depth, String pointer) {
        if (depth > MAX_DEPTH) {
            throw new InvalidDefinitionException("", "the template nests intrinsic functions too deeply");
        }
        if (value.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                array.add(resolve(value.get(i), depth + 1, Json.child(pointer, i)));
            }
            return array;
        }
        if (!value.isObject()) {
            return value;
        }
        if (value.size() == 1) {
            String key = value.fieldNames().next();
            JsonNode argument = value.get(key);
            if (key.equals("Ref")) {
                return text(ref(textArgument(argument, "Ref", depth, Json.child(pointer, key))));
            }
            if (key.startsWith("Fn::")) {
                return function(key, argument, depth, Json.child(pointer, key));
            }
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            object.set(entry.getKey(), resolve(entry.getValue(), depth + 1, Json.child(pointer, entry.getKey())));
        }
        return object;
    }

    /** @param pointer where the call's argument is, e.g. {@code .../DefinitionString/Fn::Sub} */
    private JsonNode function(String name, JsonNode argument, int depth, String pointer) {
        switch (name) {
            case "Fn::GetAtt": {
                JsonNode resolved = resolve(argument, depth + 1, pointer);
                if (resolved.isTextual() && resolved.textValue().contains(".")) {
                    String text = resolved.textValue();
                    int dot = text.indexOf('.');
                    return text(getAtt(text.substring(0, dot), text.substring(dot + 1)));
                }
                if (resolved.isArray()
                        && resolved.size() == 2
                        && resolved.get(0).isTextual()
                        && resolved.get(1).isTextual()) {
                    return text(
                            getAtt(resolved.get(0).textValue(), resolved.get(1).textValue()));
                }
                throw new InvalidDefinitionException(
                        "", "Fn::GetAtt needs [\"LogicalId\", \"Attribute\"], found " + JsonCodec.write(resolved));
            }
            case "Fn::Sub":
                return text(sub(argument, depth, pointer));
            case "Fn::Join": {
                JsonNode resolved = resolve(argument, depth + 1, pointer);
                if (!resolved.isArray()
                        || resolved.size() != 2
                        || !resolved.get(0).isTextual()
                        || !resolved.get(1).isArray()) {
                    throw new InvalidDefinitionException(
                            "", "Fn::Join needs [\"delimiter\", [values]], found " + JsonCodec.write(resolved));
                }
                String delimiter = resolved.get(0).textValue();
                long length = 0;
                for (int i = 0; i < resolved.get(1).size(); i++) {
                    JsonNode part = resolved.get(1).get(i);
                    if (!part.isValueNode()) {
                        throw new InvalidDefinitionException(
                                "", "Fn::Join can only join strings, found " + JsonCodec.write(part));
                    }
                    length += (i == 0 ? 0 : delimiter.length()) + part.asText().length();
                }
                // Measured before it is built: YAML aliases can make a short template join gigabytes.
                Substitutions.checkLength(length, "Fn::Join", pointer);
                built.spend(length, "Fn::Join", pointer);
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < resolved.get(1).size(); i++) {
                    joined.append(i == 0 ? "" : delimiter)
                            .append(resolved.get(1).get(i).asText());
                }
                return text(joined.toString());
            }
            case "Fn::Select": {
                JsonNode resolved = resolve(argument, depth + 1, pointer);
                if (resolved.isArray()
                        && resolved.size() == 2
                        && resolved.get(1).isArray()) {
                    int index = Integer.parseInt(resolved.get(0).asText("-1"));
                    if (index >= 0 && index < resolved.get(1).size()) {
                        return resolved.get(1).get(index);
                    }
                }
                throw new InvalidDefinitionException(
                        "",
                        "Fn::Select needs [index, [values]] with a valid index, found " + JsonCodec.write(resolved));
            }
            case "Fn::Split": {
                JsonNode resolved = resolve(argument, depth + 1, pointer);
                if (resolved.isArray()
                        && resolved.size() == 2
                        && resolved.get(0).isTextual()
                        && resolved.get(1).isTextual()) {
                    ArrayNode parts = JsonNodeFactory.instance.arrayNode();
                    for (String part : resolved.get(1)
                            .textValue()
                            .split(Pattern.quote(resolved.get(0).textValue()), -1)) {
                        parts.add(part);
                    }
                    return parts;
                }
                throw new InvalidDefinitionException(
                        "", "Fn::Split needs [\"delimiter\", \"text\"], found " + JsonCodec.write(resolved));
            }
            default:
                throw new UnsupportedFeatureException("The CloudFormation intrinsic function " + name
                        + " is not supported in state machine templates yet (supported: Ref, Fn::GetAtt, Fn::Sub,"
                        + " Fn::Join, Fn::Select, Fn::Split); pass the value as a substitution instead");
        }
    }

    private String sub(JsonNode argument, int depth, String pointer) {
        String text;
        Map<String, String> variables = new java.util.HashMap<>();
        if (argument.isTextual()) {
            text = argument.textValue();
        } else if (argument.isArray()
                && argument.size() == 2
                && argument.get(0).isTextual()
                && argument.get(1).isObject()) {
            text = argument.get(0).textValue();
            Iterator<Map.Entry<String, JsonNode>> it =
                    argument.get(1).properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> entry = it.next();
                String variablePointer = Json.child(Json.child(pointer, 1), entry.getKey());
                JsonNode resolved = resolve(entry.getValue(), depth + 1, variablePointer);
                String value = resolved.isValueNode() ? resolved.asText() : JsonCodec.write(resolved);
                Substitutions.checkLength(value.length(), "Fn::Sub", variablePointer);
                variables.put(entry.getKey(), value);
            }
        } else {
            throw new InvalidDefinitionException(
                    "", "Fn::Sub needs a string or [\"string\", {variables}], found " + Json.describe(argument));
        }
        String result = Substitutions.apply(
                text,
                name -> {
                    if (name.startsWith("!")) {
                        return "${" + name.substring(1) + "}";
                    } else if (variables.containsKey(name)) {
                        return variables.get(name);
                    } else if (name.contains(".") && isResource(name.substring(0, name.indexOf('.')))) {
                        return getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
                    }
                    return refOrNull(name);
                },
                "Fn::Sub in the template",
                pointer);
        built.spend(result.length(), "Fn::Sub", pointer);
        return result;
    }

    private String textArgument(JsonNode argument, String function, int depth, String pointer) {
        JsonNode resolved = resolve(argument, depth + 1, pointer);
        if (!resolved.isTextual()) {
            throw new InvalidDefinitionException("", function + " needs a name, found " + Json.describe(resolved));
        }
        return resolved.textValue();
    }

    private String ref(String name) {
        String value = refOrNull(name);
        if (value == null) {
            throw new InvalidDefinitionException(
                    "",
                    "the template has no parameter or resource \"" + name + "\" for Ref (pass its value as a"
                            + " substitution)");
        }
        return value;
    }

    private String refOrNull(String name) {
        if (substitutions.containsKey(name)) {
            return substitutions.get(name);
        }
        JsonNode parameter = template.path("Parameters").path(name);
        if (parameter.isObject()) {
            JsonNode defaultValue = parameter.get("Default");
            if (defaultValue == null || !defaultValue.isValueNode()) {
                throw new InvalidDefinitionException(
                        "", "template parameter \"" + name + "\" has no Default: pass its value as a substitution");
            }
            return defaultValue.asText();
        }
        if (isResource(name)) {
            return PlaceholderArns.ref(resourceType(name), physicalName(name));
        }
        return null;
    }

    private String getAtt(String logicalId, String attribute) {
        if (!isResource(logicalId)) {
            throw new InvalidDefinitionException(
                    "", "Fn::GetAtt names \"" + logicalId + "\", which is not a resource of the template");
        }
        return PlaceholderArns.getAtt(resourceType(logicalId), physicalName(logicalId), attribute);
    }

    /** The name a resource's placeholder ARN uses: a state machine's own name, else the logical id. */
    private String physicalName(String logicalId) {
        return resourceType(logicalId).endsWith("::StateMachine")
                ? TemplateDefinition.stateMachineName(template, logicalId)
                : logicalId;
    }

    private boolean isResource(String logicalId) {
        return template.path("Resources").path(logicalId).isObject();
    }

    private String resourceType(String logicalId) {
        return template.path("Resources").path(logicalId).path("Type").asText("");
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    /** How placeholder values are derived from a resource's type and logical id. */
    static final class PlaceholderArns {

        private PlaceholderArns() {}

        static String ref(String type, String logicalId) {
            return switch (type) {
                case "AWS::SNS::Topic" -> arn("sns", logicalId);
                case "AWS::SQS::Queue" ->
                    "https://sqs." + Substitutions.REGION + ".amazonaws.com/" + Substitutions.ACCOUNT_ID + "/"
                            + logicalId;
                case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" ->
                    arn("states", "stateMachine:" + logicalId);
                case "AWS::StepFunctions::Activity" -> arn("states", "activity:" + logicalId);
                case "AWS::S3::Bucket" -> logicalId.toLowerCase(Locale.ROOT);
                default -> logicalId;
            };
        }

        static String getAtt(String type, String logicalId, String attribute) {
            if (!attribute.equals("Arn")) {
                return switch (attribute) {
                    case "Name", "TopicName", "QueueName", "FunctionName", "StateMachineName" -> logicalId;
                    case "QueueUrl" -> ref("AWS::SQS::Queue", logicalId);
                    default -> logicalId + "." + attribute;
                };
            }
            return switch (type) {
                case "AWS::Lambda::Function", "AWS::Serverless::Function" -> arn("lambda", "function:" + logicalId);
                case "AWS::SNS::Topic", "AWS::SQS::Queue" ->
                    arn(type.equals("AWS::SNS::Topic") ? "sns" : "sqs", logicalId);
                case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> arn("dynamodb", "table/" + logicalId);
                case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" ->
                    arn("states", "stateMachine:" + logicalId);
                case "AWS::StepFunctions::Activity" -> arn("states", "activity:" + logicalId);
                case "AWS::S3::Bucket" ->
                    "arn:" + Substitutions.PARTITION + ":s3:::" + logicalId.toLowerCase(Locale.ROOT);
                case "AWS::IAM::Role" ->
                    "arn:" + Substitutions.PARTITION + ":iam::" + Substitutions.ACCOUNT_ID + ":role/" + logicalId;
                case "AWS::Events::EventBus" -> arn("events", "event-bus/" + logicalId);
                default -> arn(service(type), kind(type) + "/" + logicalId);
            };
        }

        private static String arn(String service, String resource) {
            return "arn:" + Substitutions.PARTITION + ":" + service + ":" + Substitutions.REGION + ":"
                    + Substitutions.ACCOUNT_ID + ":" + resource;
        }

        private static String service(String type) {
            String[] parts = type.split("::");
            return parts.length >= 2 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
        }

        private static String kind(String type) {
            String[] parts = type.split("::");
            return parts.length >= 3 ? parts[2].toLowerCase(Locale.ROOT) : "resource";
        }
    }
}
