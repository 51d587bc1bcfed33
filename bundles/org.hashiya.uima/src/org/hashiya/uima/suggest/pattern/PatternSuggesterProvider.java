package org.hashiya.uima.suggest.pattern;

import org.hashiya.uima.suggest.Suggester;
import org.hashiya.uima.suggest.SuggesterProvider;
import org.hashiya.uima.suggest.SuggestionContext;

/**
 * Makes suggesters that recognise dates, percentages and numbers by the words around them, with no
 * training: DATE (الخميس، العام 2003، نيسان/ إبريل 1980، الـ24 من الشهر الجاري), PERCENT (25%،
 * 25 في المئة) and NUMBER (26، 3 ملايين), each only if the project has a label of that name.
 */
public final class PatternSuggesterProvider implements SuggesterProvider {

	public static final String SOURCE = "pattern";

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public Suggester create(SuggestionContext context) {
		return new PatternSuggester(context.labels());
	}
}
