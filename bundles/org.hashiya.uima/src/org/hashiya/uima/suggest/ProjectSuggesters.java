package org.hashiya.uima.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hashiya.uima.suggest.gazetteer.CorpusMemorySuggesterProvider;
import org.hashiya.uima.suggest.gazetteer.GazetteerSuggesterProvider;
import org.hashiya.uima.suggest.model.NameFinderSuggesterProvider;
import org.hashiya.uima.suggest.pattern.PatternSuggesterProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The suggesters of a project: one from every {@link SuggesterProvider} registered as an OSGi
 * service, Hashiya's own (registered by this bundle's activator) and any a team adds.
 */
public final class ProjectSuggesters implements BundleActivator {

	/** Hashiya's own providers, in the order their suggestions are listed. */
	public static List<SuggesterProvider> builtIn() {
		return List.of(new GazetteerSuggesterProvider(), new PatternSuggesterProvider(), new CorpusMemorySuggesterProvider(), new NameFinderSuggesterProvider());
	}

	@Override
	public void start(BundleContext context) {
		builtIn().forEach(provider -> context.registerService(SuggesterProvider.class, provider, null));
	}

	@Override
	public void stop(BundleContext context) {
		// The framework unregisters the services of a stopping bundle.
	}

	/** @return every registered provider, by source name; Hashiya's own when not running in OSGi */
	public static List<SuggesterProvider> providers() {
		Bundle bundle = FrameworkUtil.getBundle(ProjectSuggesters.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return builtIn();
		}
		try {
			List<SuggesterProvider> providers = new ArrayList<>();
			for (ServiceReference<SuggesterProvider> reference : context.getServiceReferences(SuggesterProvider.class, null)) {
				providers.add(context.getService(reference));
			}
			providers.sort(Comparator.comparing(SuggesterProvider::source));
			return providers;
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException("No filter was given", e);
		}
	}

	/** @return a suggester from every provider, made for {@code context} */
	public static List<Suggester> create(SuggestionContext context) throws IOException {
		List<Suggester> suggesters = new ArrayList<>();
		for (SuggesterProvider provider : providers()) {
			context.checkCanceled();
			suggesters.add(provider.create(context));
		}
		return suggesters;
	}
}
