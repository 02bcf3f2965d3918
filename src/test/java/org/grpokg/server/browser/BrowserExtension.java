package org.grpokg.server.browser;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives browser tests a {@link Browser}: one for the whole run, started by the first test that
 * asks and closed by JUnit when the run ends. Skips the tests (with the reason) where Chromium
 * or chromedriver is not installed, and keeps a screenshot of every failing test's page as
 * {@code target/screenshots/FAILED-Class-method.png}.
 */
public final class BrowserExtension implements ExecutionCondition, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Decided per test, so each one is reported as skipped with the reason (a skipped class would report none). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Browser.missing();
        if (missing == null || context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        return ConditionEvaluationResult.disabled(missing);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("browser", key -> Browser.start(), Browser.class);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Optional.ofNullable(context.getRoot().getStore(NS).get("browser", Browser.class)).ifPresent(b ->
                b.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()));
    }
}
