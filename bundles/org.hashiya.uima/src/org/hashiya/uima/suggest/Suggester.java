package org.hashiya.uima.suggest;

import java.util.List;

import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.arabic.AnalyzedText;

/**
 * Proposes labeled spans in one analysed article. A suggester is made for a project by its
 * {@link SuggesterProvider} and may be used for many articles, one at a time.
 */
public interface Suggester {

	/** @return the name suggestions carry as their source, e.g. {@code gazetteer} */
	String source();

	/**
	 * @return suggestions (with {@link LabeledSpan#suggested score and source}) in any order; they may
	 *         overlap each other and the annotator's spans, which the pipeline sorts out
	 */
	List<LabeledSpan> suggest(AnalyzedText text);
}
