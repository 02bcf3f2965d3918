package org.grpokg.cli;

import java.util.concurrent.Callable;

import org.grpokg.build.GraphBuilder;
import org.grpokg.validate.ShapesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check the data folder against the SHACL shapes (ontology/grpo-kg-shapes.ttl); writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: data/ of the project).")
    java.nio.file.Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.nio.file.Path dir = data != null ? data : org.grpokg.build.Workspace.defaultData();
        ShapesReport report = GraphBuilder.check(dir);
        spec.commandLine().getOut().println(report.text());
        if (!report.conforms()) {
            // the report is the output; stderr says in one line that the command failed
            int n = report.problems().size();
            spec.commandLine().getErr().println("grpo-kg: " + dir + ": " + n + (n == 1 ? " violation" : " violations")
                    + " of the shapes (listed on standard output)");
            return ExitCodes.INVALID_DATA;
        }
        return ExitCodes.OK;
    }
}
