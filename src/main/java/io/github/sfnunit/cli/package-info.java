/**
 * The {@code sfn-unit} command line: {@link io.github.sfnunit.cli.Main} registers one class per subcommand
 * ({@code validate}, {@code run}, {@code conformance}); {@code ./sfn-unit} at the project root runs it.
 */
package io.github.sfnunit.cli;
