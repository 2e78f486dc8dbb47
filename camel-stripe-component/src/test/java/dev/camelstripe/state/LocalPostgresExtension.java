package dev.camelstripe.state;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link LocalPostgres} for the whole test run, started by the first test class that asks for it, stopped when
 * the run ends; a {@code LocalPostgres} parameter (of a {@code @BeforeAll} method, say) receives it. Without
 * PostgreSQL binaries the class is skipped with a message saying where they were looked for, unless
 * {@code -Dpostgresql.required=true} (CI sets it), which turns that into a failure.
 */
public final class LocalPostgresExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalPostgres.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (LocalPostgres.findBinaries().isPresent() || Boolean.getBoolean(LocalPostgres.REQUIRED_PROPERTY)) {
            return ConditionEvaluationResult.enabled("PostgreSQL binaries found, or required");
        }
        String skipped = missing(context) + "; skipped";
        System.err.println("SKIPPED: " + skipped);
        return ConditionEvaluationResult.disabled(skipped);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPostgres.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static String missing(ExtensionContext context) {
        return "No PostgreSQL binaries (initdb, pg_ctl) found in " + LocalPostgres.searched() + "; install PostgreSQL"
               + " (Debian: apt-get install postgresql) to run " + context.getRequiredTestClass().getSimpleName();
    }

    static LocalPostgres server(ExtensionContext context) {
        Optional<Path> bin = LocalPostgres.findBinaries();
        if (bin.isEmpty()) {
            throw new IllegalStateException(missing(context) + " (-D" + LocalPostgres.REQUIRED_PROPERTY
                                            + "=true makes this a failure)");
        }
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(LocalPostgres.class, key -> {
            try {
                return LocalPostgres.start(bin.get());
            } catch (Exception e) {
                throw new IllegalStateException("Could not start PostgreSQL from " + bin.get() + ": " + e.getMessage(),
                        e);
            }
        }, LocalPostgres.class);
    }
}
