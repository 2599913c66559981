package io.github.sfnunit.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One state of a definition. Every state knows its name, its JSON Pointer in the definition (for messages),
 * its effective query language (its own {@code QueryLanguage}, else the enclosing graph's), and its data
 * flow fields.
 *
 * <p>Fields that AWS lets a definition give either as a literal or as a JSONata {@code {% %}} expression
 * (for example {@code TimeoutSeconds}, {@code Seconds}, {@code MaxConcurrency}) are kept as the {@link
 * JsonNode} the definition wrote; their JSONPath {@code ...Path} forms are kept as path strings. Both are
 * {@code null} when absent.
 *
 * @since 0.1.0
 */
public sealed interface State {

    /**
     * What every state has, read once by the parser: the parts common to all types.
     *
     * @param name the state's name
     * @param pointer JSON Pointer of the state in the definition, e.g. {@code /States/ChargeCard}
     * @param comment {@code Comment}, {@code null} when absent
     * @param queryLanguage the effective query language: the state's own, else the enclosing graph's
     * @param dataFlow the input/output processing fields ({@link DataFlow#DEFAULT} for Fail)
     * @param next the {@code Next} state, {@code null} for {@code "End": true}, Choice, Succeed and Fail
     * @param isEnd true for {@code "End": true}, Succeed and Fail
     * @since 0.1.0
     */
    record Header(
            String name,
            String pointer,
            String comment,
            QueryLanguage queryLanguage,
            DataFlow dataFlow,
            String next,
            boolean isEnd) {}

    /** The parts common to every state; {@link #name()} and the others read it. */
    Header header();

    StateType type();

    default String name() {
        return header().name();
    }

    /** JSON Pointer of the state in the definition, e.g. {@code /States/ChargeCard}. */
    default String pointer() {
        return header().pointer();
    }

    default String comment() {
        return header().comment();
    }

    default QueryLanguage queryLanguage() {
        return header().queryLanguage();
    }

    default DataFlow dataFlow() {
        return header().dataFlow();
    }

    /** The {@code Next} state, or {@code null} for {@code "End": true}, Choice, Succeed and Fail. */
    default String next() {
        return header().next();
    }

    /** True when the state ends its graph: {@code "End": true}, Succeed, or Fail. */
    default boolean isEnd() {
        return header().isEnd();
    }

    /** {@code Retry} of Task, Parallel and Map states; empty for the others. */
    default List<Retrier> retry() {
        return List.of();
    }

    /** {@code Catch} of Task, Parallel and Map states; empty for the others. */
    default List<Catcher> catchers() {
        return List.of();
    }

    /**
     * A Task state.
     *
     * @param resource the {@code Resource} ARN (after template substitution)
     * @param timeoutSeconds literal or JSONata; {@code null} when absent (AWS's default is 99999999)
     * @param heartbeatSeconds literal or JSONata; {@code null} when absent
     * @param credentials the {@code Credentials} object, {@code null} when absent
     * @since 0.1.0
     */
    record Task(
            Header header,
            String resource,
            JsonNode timeoutSeconds,
            String timeoutSecondsPath,
            JsonNode heartbeatSeconds,
            String heartbeatSecondsPath,
            JsonNode credentials,
            List<Retrier> retry,
            List<Catcher> catchers)
            implements State {
        public Task {
            retry = List.copyOf(retry);
            catchers = List.copyOf(catchers);
        }

        @Override
        public StateType type() {
            return StateType.TASK;
        }
    }

    /**
     * A Pass state.
     *
     * @param result the {@code Result} value, {@code null} when absent (the effective input passes through)
     * @since 0.1.0
     */
    record Pass(Header header, JsonNode result) implements State {
        @Override
        public StateType type() {
            return StateType.PASS;
        }
    }

    /**
     * A Choice state.
     *
     * @param defaultState the {@code Default} state, {@code null} when absent
     * @since 0.1.0
     */
    record ChoiceState(Header header, List<Choice> choices, String defaultState) implements State {
        public ChoiceState {
            choices = List.copyOf(choices);
        }

        @Override
        public StateType type() {
            return StateType.CHOICE;
        }
    }

    /**
     * A Wait state: exactly one of {@code seconds}, {@code timestamp} (literal or JSONata), {@code
     * secondsPath}, {@code timestampPath} is set.
     *
     * @since 0.1.0
     */
    record Wait(Header header, JsonNode seconds, JsonNode timestamp, String secondsPath, String timestampPath)
            implements State {
        @Override
        public StateType type() {
            return StateType.WAIT;
        }
    }

    /**
     * A Succeed state.
     *
     * @since 0.1.0
     */
    record Succeed(Header header) implements State {
        @Override
        public StateType type() {
            return StateType.SUCCEED;
        }
    }

    /**
     * A Fail state. {@code error} and {@code cause} are literals or JSONata expressions; the {@code ...Path}
     * forms are JSONPath (or intrinsic functions, as AWS allows).
     *
     * @since 0.1.0
     */
    record Fail(Header header, JsonNode error, String errorPath, JsonNode cause, String causePath) implements State {
        @Override
        public StateType type() {
            return StateType.FAIL;
        }
    }

    /**
     * A Parallel state: each branch is a graph run with the state's effective input.
     *
     * @since 0.1.0
     */
    record Parallel(Header header, List<StateGraph> branches, List<Retrier> retry, List<Catcher> catchers)
            implements State {
        public Parallel {
            branches = List.copyOf(branches);
            retry = List.copyOf(retry);
            catchers = List.copyOf(catchers);
        }

        @Override
        public StateType type() {
            return StateType.PARALLEL;
        }
    }

    /**
     * A Map state, inline or distributed.
     *
     * @param itemProcessor the {@code ItemProcessor} graph, or the legacy {@code Iterator} one
     * @param legacyIterator true when the definition used {@code Iterator} rather than {@code ItemProcessor}
     * @param itemsPath JSONPath states: {@code ItemsPath}, {@code "$"} when omitted
     * @param items JSONata states: {@code Items} (an array or an expression), {@code null} when absent
     * @param itemSelector {@code ItemSelector}, or the legacy {@code Parameters} of a Map, {@code null} when
     *     absent
     * @param label {@code Label} (distributed mode), {@code null} when absent
     * @since 0.1.0
     */
    record Map(
            Header header,
            StateGraph itemProcessor,
            boolean legacyIterator,
            ProcessorConfig processorConfig,
            String itemsPath,
            JsonNode items,
            JsonNode itemSelector,
            ItemReader itemReader,
            ItemBatcher itemBatcher,
            ResultWriter resultWriter,
            JsonNode maxConcurrency,
            String maxConcurrencyPath,
            JsonNode toleratedFailurePercentage,
            String toleratedFailurePercentagePath,
            JsonNode toleratedFailureCount,
            String toleratedFailureCountPath,
            String label,
            List<Retrier> retry,
            List<Catcher> catchers)
            implements State {
        public Map {
            retry = List.copyOf(retry);
            catchers = List.copyOf(catchers);
        }

        @Override
        public StateType type() {
            return StateType.MAP;
        }

        public boolean isDistributed() {
            return processorConfig.mode() == ProcessorConfig.Mode.DISTRIBUTED;
        }
    }
}
