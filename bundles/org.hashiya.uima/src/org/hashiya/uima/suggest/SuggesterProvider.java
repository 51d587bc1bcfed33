package org.hashiya.uima.suggest;

import java.io.IOException;

/**
 * Makes one kind of {@link Suggester} for a project. Hashiya registers its own (gazetteer, pattern,
 * memory, model) as OSGi services of this interface; a team adds its own by registering another.
 */
public interface SuggesterProvider {

	/** @return the source name of the suggesters it makes, unique among providers */
	String source();

	/**
	 * Builds a suggester from what the project holds: its gazetteers, and the spans annotators
	 * accepted (to learn from). May take long (training); checks {@link SuggestionContext#checkCanceled()}.
	 */
	Suggester create(SuggestionContext context) throws IOException;
}
