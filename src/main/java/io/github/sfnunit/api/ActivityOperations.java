package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.asl.internal.JsonCodec;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

/**
 * CreateActivity, DeleteActivity, DescribeActivity, ListActivities and GetActivityTask. A Task state whose
 * resource is an activity created here schedules a task on it; GetActivityTask hands it to a worker, waiting up to
 * the endpoint's poll timeout (AWS: 60 seconds) when none is scheduled, and then answers with no token.
 */
final class ActivityOperations {

    private final ApiState state;

    ActivityOperations(ApiState state) {
        this.state = state;
    }

    void register(Map<String, Operation> operations) {
        operations.put("CreateActivity", Operation.of(this::create, "name", "tags", "encryptionConfiguration"));
        operations.put("DeleteActivity", Operation.of(this::delete, "activityArn"));
        operations.put("DescribeActivity", Operation.of(this::describe, "activityArn"));
        operations.put("ListActivities", Operation.of(this::list, "maxResults", "nextToken"));
        operations.put("GetActivityTask", Operation.of(this::getTask, "activityArn", "workerName"));
    }

    private ObjectNode create(Request request) {
        String name = request.requiredString("name");
        Arns.checkName(name);
        Map<String, String> tags = request.tags("tags");
        state.lock.lock();
        try {
            String arn = state.arns.activity(name);
            ActivityRecord record = state.activities.get(arn);
            if (record == null) {
                // AWS: creating an existing activity again returns it (CreateActivity is idempotent).
                record = new ActivityRecord(
                        state.nextSequence(),
                        arn,
                        name,
                        state.now(),
                        MachineRecord.mutableTags(tags),
                        new ArrayDeque<>());
                state.activities.put(arn, record);
            }
            ObjectNode out = Wire.object().put("activityArn", arn);
            out.put("creationDate", Wire.time(record.creationDate()));
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode delete(Request request) {
        String arn = activityArn(request);
        state.lock.lock();
        try {
            state.activities.remove(arn);
            return Wire.object();
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode describe(Request request) {
        String arn = activityArn(request);
        state.lock.lock();
        try {
            ActivityRecord record = activity(arn);
            ObjectNode out = Wire.object().put("activityArn", arn).put("name", record.name());
            out.put("creationDate", Wire.time(record.creationDate()));
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode list(Request request) {
        int max = request.maxResults(100);
        long after = Pages.position(request.string("nextToken"), "activities", 0);
        state.lock.lock();
        try {
            ObjectNode out = Wire.object();
            ArrayNode items = out.putArray("activities");
            List<ActivityRecord> ordered = state.activities.values().stream()
                    .filter(record -> record.sequence() > after)
                    .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                    .toList();
            for (ActivityRecord record : ordered) {
                if (items.size() == max) {
                    out.put(
                            "nextToken",
                            Pages.token("activities", ordered.get(max - 1).sequence()));
                    break;
                }
                ObjectNode item =
                        items.addObject().put("activityArn", record.arn()).put("name", record.name());
                item.put("creationDate", Wire.time(record.creationDate()));
            }
            return out;
        } finally {
            state.lock.unlock();
        }
    }

    private ObjectNode getTask(Request request) throws InterruptedException {
        String arn = activityArn(request);
        request.string("workerName", 80);
        long deadline = System.nanoTime() + state.settings.activityPollTimeout().toNanos();
        state.lock.lock();
        try {
            activity(arn);
            while (true) {
                ActivityRecord record = state.activities.get(arn);
                if (record == null) {
                    return Wire.object();
                }
                ActivityRecord.Task task = record.pending().poll();
                if (task != null) {
                    return Wire.object().put("taskToken", task.token()).put("input", JsonCodec.write(task.input()));
                }
                if (!state.awaitChange(deadline)) {
                    // AWS's long poll ends after 60 seconds with no task: an empty answer.
                    return Wire.object();
                }
            }
        } finally {
            state.lock.unlock();
        }
    }

    private static String activityArn(Request request) {
        String arn = request.requiredString("activityArn");
        Arns.parse(arn, "activity");
        return arn;
    }

    private ActivityRecord activity(String arn) {
        ActivityRecord record = state.activities.get(arn);
        if (record == null) {
            throw new ApiException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
        }
        return record;
    }
}
