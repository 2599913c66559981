package io.github.sfnunit.samples;

import static io.github.sfnunit.assertions.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfnunit.Execution;
import io.github.sfnunit.StateMachine;
import io.github.sfnunit.junit.StateMachineTest;
import io.github.sfnunit.report.ExecutionDiagram;
import org.junit.jupiter.api.Test;

/**
 * Two of the three severities are tested here, and neither the third nor the Default: the coverage report
 * (target/sfn-unit/index.html after mvn test) shows Choices[2] and Default as NOT TAKEN.
 */
@StateMachineTest(definition = "statemachines/ticket-triage.asl.json")
class TicketTriageTest {

    @Test
    void a_critical_ticket_pages_the_on_call_engineer(StateMachine triage) {
        Execution run = triage.start("{\"severity\": \"critical\"}");

        assertThat(run).succeeded().visitedExactly("Triage", "PageOnCall").hasOutputAt("$.action", "paged");
    }

    @Test
    void a_high_ticket_opens_a_ticket_and_its_path_can_be_drawn(StateMachine triage) {
        Execution run = triage.start("{\"severity\": \"high\"}");

        assertThat(run).succeeded().visitedExactly("Triage", "OpenTicket");
        // The path as Mermaid, e.g. for a pull request; ExecutionDiagram.toHtml() draws it as a page.
        assertThat(ExecutionDiagram.of(triage, run).toMermaid())
                .contains("-->|\"Choices[1] · taken\"|")
                .contains("-.->|\"Choices[0] · not taken\"|");
    }
}
