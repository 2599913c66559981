package io.github.sfnunit.asl;

/**
 * What every part of the parser needs to know about the definition being parsed.
 *
 * @param machineLanguage the top-level {@code QueryLanguage} (JSONPath when absent)
 */
record ParseContext(Problems problems, StateMachineType machineType, QueryLanguage machineLanguage) {}
