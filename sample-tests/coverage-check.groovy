// Evaluated by verify.groovy (the invoker's post-build hook) after the sample-test runs: checks the coverage
// report that sfn-unit's JUnit Platform listener wrote in the last run, on a machine whose coverage is known by construction
// (ticket-triage: its tests take two of three Choice rules), then copies the report to sample-tests/target/sfn-unit
// of the checkout, where `mvn -B verify` is documented to leave it.
import groovy.json.JsonSlurper

def report = new File(basedir, 'target/sfn-unit')
assert new File(report, 'index.html').isFile() : "no coverage report index in ${report}"
assert new File(report, 'summary.md').isFile()

// This run's data file is the newest one (each run rewrites its own; older runs' files stay and are merged).
def dataFiles = report.listFiles().findAll { it.name ==~ /coverage-[0-9a-f]{16}\.json/ }
assert !dataFiles.isEmpty() : "no coverage data file in ${report}"
def data = new JsonSlurper().parse(dataFiles.max { it.lastModified() })
assert data.format == 'sfn-unit-coverage' && data.version == 1

def triage = data.machines.find { it.source == 'classpath:statemachines/ticket-triage.asl.json' }
assert triage != null : "ticket-triage is missing from the coverage data: ${data.machines*.source}"
assert triage.executions == 2
assert triage.summary.states == [covered: 3, total: 5]
assert triage.summary.transitions == [covered: 4, total: 8]
def taken = triage.transitions.collect { "${it.from.replace('/States/', '')} ${it.kind}[${it.index}] ${it.taken}".toString() }
assert taken == ['Triage Choice[0] 1', 'Triage Choice[1] 1', 'Triage Choice[2] 0', 'Triage Default[0] 0',
                 'PageOnCall End[0] 1', 'OpenTicket End[0] 1', 'Backlog End[0] 0', 'Reject Fail[0] 0']
def states = triage.states.collectEntries { [(it.name): it.entered] }
assert states == [Triage: 2, PageOnCall: 1, OpenTicket: 1, Backlog: 0, Reject: 0]

// Every machine has its page and its Mermaid file.
data.machines.each { machine ->
    def pages = report.listFiles().findAll { it.name.endsWith('-' + machine.sha256.substring(0, 8) + '.mmd') }
    assert pages.size() == 1 : "no Mermaid file for ${machine.source}"
    assert new File(report, pages[0].name.replace('.mmd', '.html')).isFile()
}

def checkout = new File(basedir, '../../../sample-tests/target/sfn-unit').canonicalFile
checkout.deleteDir()
checkout.mkdirs()
report.eachFile { file -> if (file.isFile()) new File(checkout, file.name).bytes = file.bytes }
println "sfn-unit coverage report checked and copied to ${checkout}"
