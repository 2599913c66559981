package io.github.sfnunit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfnunit.RunningExecution;
import io.github.sfnunit.mock.TaskCallbackException;
import java.util.Map;
import java.util.function.Consumer;

/** SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: a worker's answers to a callback or activity task. */
final class TaskOperations {

    private final ApiState state;

    TaskOperations(ApiState state) {
        this.state = state;
    }

    void register(Map<String, Operation> operations) {
        operations.put("SendTaskSuccess", Operation.of(this::success, "taskToken", "output"));
        operations.put("SendTaskFailure", Operation.of(this::failure, "taskToken", "error", "cause"));
        operations.put("SendTaskHeartbeat", Operation.of(this::heartbeat, "taskToken"));
    }

    private ObjectNode success(Request request) {
        String token = token(request);
        String output = request.requiredString("output");
        if (output.length() > ExecutionOperations.MAX_PAYLOAD) {
            throw ApiException.constraint(
                    "output",
                    "(the output)",
                    "Member must have length less than or equal to " + ExecutionOperations.MAX_PAYLOAD);
        }
        JsonNode value;
        try {
            value = Wire.JSON.readTree(output);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException("InvalidOutput", "Invalid Output: '" + e.getOriginalMessage() + "'");
        }
        return answer(token, run -> run.sendTaskSuccess(token, value));
    }

    private ObjectNode failure(Request request) {
        String token = token(request);
        String error = request.string("error", 256);
        String cause = request.string("cause", 32_768);
        return answer(token, run -> run.sendTaskFailure(token, error, cause));
    }

    private ObjectNode heartbeat(Request request) {
        String token = token(request);
        return answer(token, run -> run.sendTaskHeartbeat(token));
    }

    private static String token(Request request) {
        String token = request.requiredString("taskToken");
        if (token.isEmpty() || token.length() > 1024) {
            throw ApiException.constraint("taskToken", "(the token)", "Member must have length between 1 and 1024");
        }
        return token;
    }

    private ObjectNode answer(String token, Consumer<RunningExecution> action) {
        state.lock.lock();
        try {
            ExecutionRecord record = state.executionWithToken(token);
            if (record == null) {
                if (!TaskCallbackException.isTaskToken(token)) {
                    throw new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
                }
                throw new ApiException("TaskDoesNotExist", "Task Does Not Exist: '" + token + "'");
            }
            if (record.run == null) {
                throw new ApiException("TaskTimedOut", "Task Timed Out: '" + token + "'");
            }
            try {
                action.accept(record.run);
            } catch (TaskCallbackException e) {
                throw new ApiException(e.awsErrorType(), e.getMessage());
            }
            state.drive(record);
            return Wire.object();
        } finally {
            state.lock.unlock();
        }
    }
}
