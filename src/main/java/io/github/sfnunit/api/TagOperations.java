package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource, on state machines and activities. */
final class TagOperations {

    /** AWS's limit on a resource's tags. */
    private static final int MAX_TAGS = 50;

    private final ApiState state;

    TagOperations(ApiState state) {
        this.state = state;
    }

    void register(Map<String, Operation> operations) {
        operations.put("TagResource", Operation.of(this::tag, "resourceArn", "tags"));
        operations.put("UntagResource", Operation.of(this::untag, "resourceArn", "tagKeys"));
        operations.put("ListTagsForResource", Operation.of(this::list, "resourceArn"));
    }

    private ObjectNode tag(Request request) {
        String arn = request.requiredString("resourceArn");
        if (!request.has("tags")) {
            throw ApiException.constraint("tags", null, "Member must not be null");
        }
        Map<String, String> added = request.tags("tags");
        state.lock.lock();
        try {
            Map<String, String> tags = tagsOf(arn);
            Map<String, String> merged = new java.util.LinkedHashMap<>(tags);
            merged.putAll(added);
            if (merged.size() > MAX_TAGS) {
                throw new ApiException(
                        "TooManyTags", "Too many tags: a resource can have at most " + MAX_TAGS + " tags");
            }
            tags.putAll(added);
            return Wire.object();
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode untag(Request request) {
        String arn = request.requiredString("resourceArn");
        JsonNode keys = request.node("tagKeys");
        if (keys == null || !keys.isArray()) {
            throw ApiException.constraint("tagKeys", null, "Member must not be null");
        }
        state.lock.lock();
        try {
            Map<String, String> tags = tagsOf(arn);
            keys.forEach(key -> tags.remove(key.asText()));
            return Wire.object();
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode list(Request request) {
        String arn = request.requiredString("resourceArn");
        state.lock.lock();
        try {
            ObjectNode out = Wire.object();
            out.set("tags", Wire.tags(tagsOf(arn)));
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    private Map<String, String> tagsOf(String arn) {
        String[] parts = Arns.parse(arn, "stateMachine", "activity");
        Map<String, String> tags = "activity".equals(parts[5])
                ? (state.activities.containsKey(arn) ? state.activities.get(arn).tags() : null)
                : (state.machines.containsKey(arn) ? state.machines.get(arn).tags() : null);
        if (tags == null) {
            throw new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
        }
        return tags;
    }
}
