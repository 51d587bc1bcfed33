package org.hashiya.installtest.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Checks, from inside a running Eclipse installation, that the named bundles are installed and
 * resolved, that some of them can be activated, and that no bundle of the installation is left
 * unresolved. Prints a line per named bundle and one per problem; the exit code is 0 when there is
 * no problem, 1 when there is one, 2 for wrong arguments.
 * <p>
 * Arguments: {@code --resolved NAME,NAME… --active NAME,NAME…}; a bundle named under
 * {@code --active} must also resolve, so it need not be named twice.
 */
public final class CheckBundlesApplication implements IApplication {

	private static final String RESOLVED = "--resolved";
	private static final String ACTIVE = "--active";

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Map<String, List<String>> options = parse(arguments == null ? new String[0] : arguments);
		if (options == null) {
			System.err.println("Usage: " + RESOLVED + " NAME,NAME… " + ACTIVE + " NAME,NAME…");
			return Integer.valueOf(2);
		}
		List<String> problems = check(options.get(RESOLVED), options.get(ACTIVE));
		problems.forEach(problem -> System.out.println("PROBLEM " + problem));
		System.out.println(problems.isEmpty() ? "All checked bundles are resolved and activated as asked." : problems.size() + " problem(s).");
		return problems.isEmpty() ? IApplication.EXIT_OK : Integer.valueOf(1);
	}

	@Override
	public void stop() {
		// The check runs to its end in a second or two; there is nothing to stop early.
	}

	/** @return the comma-separated names after each option, or null for an unknown option or a missing value */
	private static Map<String, List<String>> parse(String[] arguments) {
		Map<String, List<String>> options = new LinkedHashMap<>(Map.of(RESOLVED, List.of(), ACTIVE, List.of()));
		for (int index = 0; index < arguments.length; index += 2) {
			if (!options.containsKey(arguments[index]) || index + 1 == arguments.length) {
				return null;
			}
			options.put(arguments[index], Arrays.stream(arguments[index + 1].split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList());
		}
		return options;
	}

	private static List<String> check(List<String> resolvedNames, List<String> activeNames) {
		BundleContext context = FrameworkUtil.getBundle(CheckBundlesApplication.class).getBundleContext();
		// Equinox resolves lazily; ask for everything so that "unresolved" means "cannot be resolved".
		context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class).resolveBundles(null);
		List<String> problems = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>(resolvedNames);
		names.addAll(activeNames);
		for (String name : names) {
			Bundle bundle = newest(context, name);
			if (bundle == null) {
				problems.add(name + " is not installed");
				continue;
			}
			if (activeNames.contains(name) && bundle.getState() != Bundle.INSTALLED) {
				activate(bundle, problems);
			}
			System.out.printf("%-32s %-24s %-10s %s%n", name, bundle.getVersion(), stateName(bundle.getState()), bundle.getLocation());
		}
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getState() == Bundle.INSTALLED) {
				problems.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " is not resolved: " + whyUnresolved(bundle));
			}
		}
		return problems;
	}

	private static Bundle newest(BundleContext context, String symbolicName) {
		return Arrays.stream(context.getBundles())
				.filter(bundle -> symbolicName.equals(bundle.getSymbolicName()))
				.max(Comparator.comparing(Bundle::getVersion))
				.orElse(null);
	}

	private static void activate(Bundle bundle, List<String> problems) {
		try {
			bundle.start(Bundle.START_TRANSIENT);
			if (bundle.getState() != Bundle.ACTIVE) {
				problems.add(bundle.getSymbolicName() + " is " + stateName(bundle.getState()) + " after starting it, not ACTIVE");
			}
		} catch (BundleException | RuntimeException e) {
			problems.add(bundle.getSymbolicName() + " cannot be activated: " + e + (e.getCause() == null ? "" : ", caused by " + e.getCause()));
		}
	}

	/**
	 * Asking a bundle that cannot resolve to start makes the framework name the missing requirement;
	 * a bundle in this state cannot be activated by the attempt.
	 */
	private static String whyUnresolved(Bundle bundle) {
		try {
			bundle.start(Bundle.START_TRANSIENT);
			return "it resolved only when started";
		} catch (BundleException e) {
			return e.getMessage();
		}
	}

	private static String stateName(int state) {
		return switch (state) {
			case Bundle.INSTALLED -> "INSTALLED";
			case Bundle.RESOLVED -> "RESOLVED";
			case Bundle.STARTING -> "STARTING";
			case Bundle.STOPPING -> "STOPPING";
			case Bundle.ACTIVE -> "ACTIVE";
			default -> "UNINSTALLED";
		};
	}
}
