package org.grpokg.server.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
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
public final class BrowserExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = Browser.missing();
        assumeTrue(missing == null, missing);
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
