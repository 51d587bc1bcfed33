package org.hashiya.model.validation;

import org.eclipse.emf.common.util.ResourceLocator;
import org.hashiya.model.AnnotationProject;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaPackage;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;
import org.hashiya.model.TextRegion;

/**
 * The rules behind the constraints of {@link TextRegion}: beginBeforeEnd, withinText and labelInProjectLabelSet.
 *
 * <p>They are kept out of the generated {@code HashiyaValidator} so that regenerating the model code cannot lose
 * them; its constraint methods, marked {@code @generated NOT}, turn a {@link Violation} into a diagnostic. Messages
 * are keys of plugin.properties and name the region by its offsets and its article's id, which is how a person finds
 * it in the text.</p>
 */
public final class TextRegionRules {

	/** Diagnostic code of beginBeforeEnd; each rule has its own, so a client tells them apart without reading messages. */
	public static final int BEGIN_BEFORE_END = 1;

	/** Diagnostic code of withinText. */
	public static final int WITHIN_TEXT = 2;

	/** Diagnostic code of labelInProjectLabelSet. */
	public static final int LABEL_IN_PROJECT_LABEL_SET = 3;

	/**
	 * A broken rule, in the terms of {@code EObjectValidator.createDiagnostic}.
	 *
	 * @param code          one of the codes above
	 * @param messageKey    the key of the message in plugin.properties
	 * @param substitutions the values of the message's placeholders
	 * @param data          the region, then the features at fault
	 */
	public record Violation(int code, String messageKey, Object[] substitutions, Object[] data) {
	}

	private TextRegionRules() {
	}

	/**
	 * A region must cover some text: begin &lt; end.
	 *
	 * @param messages the resource locator that the region's description is read from
	 * @return the violation, or null if the rule holds
	 */
	public static Violation beginBeforeEnd(TextRegion region, ResourceLocator messages) {
		if (region.getBegin() < region.getEnd()) {
			return null;
		}
		return new Violation(BEGIN_BEFORE_END, "_UI_TextRegionBeginBeforeEnd_diagnostic",
				new Object[] { describe(region, messages) },
				new Object[] { region, HashiyaPackage.Literals.TEXT_REGION__BEGIN, HashiyaPackage.Literals.TEXT_REGION__END });
	}

	/**
	 * A region must lie within its article's text: 0 &lt;= begin and end &lt;= the text's length. A region that
	 * belongs to no article breaks the rule too, since there is no text to hold its offsets against.
	 *
	 * @param messages the resource locator that the region's description is read from
	 * @return the violation, or null if the rule holds
	 */
	public static Violation withinText(TextRegion region, ResourceLocator messages) {
		Article article = articleOf(region);
		if (article == null) {
			return new Violation(WITHIN_TEXT, "_UI_TextRegionWithoutArticle_diagnostic",
					new Object[] { describe(region, messages) },
					new Object[] { region });
		}
		// A missing text is reported by the multiplicity check of Article.text; here it counts as an empty one.
		int length = article.getText() == null ? 0 : article.getText().length();
		if (region.getBegin() >= 0 && region.getEnd() <= length) {
			return null;
		}
		return new Violation(WITHIN_TEXT, "_UI_TextRegionWithinText_diagnostic",
				new Object[] { describe(region, messages), Integer.toString(length) },
				new Object[] { region, region.getBegin() < 0 ? HashiyaPackage.Literals.TEXT_REGION__BEGIN : HashiyaPackage.Literals.TEXT_REGION__END });
	}

	/**
	 * A region's label must be set and come from a label set of the project that holds the region's article: a label
	 * of another project's label set means nothing to this project's annotators and exports.
	 *
	 * @param messages the resource locator that the region's description is read from
	 * @return the violation, or null if the rule holds
	 */
	public static Violation labelInProjectLabelSet(TextRegion region, ResourceLocator messages) {
		Label label = region.getLabel();
		if (label == null) {
			return new Violation(LABEL_IN_PROJECT_LABEL_SET, "_UI_TextRegionWithoutLabel_diagnostic",
					new Object[] { describe(region, messages) },
					new Object[] { region, HashiyaPackage.Literals.TEXT_REGION__LABEL });
		}
		Article article = articleOf(region);
		if (article == null || !(article.eContainer() instanceof AnnotationProject project)) {
			return new Violation(LABEL_IN_PROJECT_LABEL_SET, "_UI_TextRegionWithoutProject_diagnostic",
					new Object[] { describe(region, messages), label.getName() },
					new Object[] { region, HashiyaPackage.Literals.TEXT_REGION__LABEL });
		}
		if (label.eContainer() instanceof LabelSet labelSet && labelSet.eContainer() == project) {
			return null;
		}
		return new Violation(LABEL_IN_PROJECT_LABEL_SET, "_UI_TextRegionLabelNotInProject_diagnostic",
				new Object[] { describe(region, messages), label.getName(), project.getName() },
				new Object[] { region, HashiyaPackage.Literals.TEXT_REGION__LABEL });
	}

	/** The article whose annotation set holds the region, or null if it is in none. */
	private static Article articleOf(TextRegion region) {
		return region.eContainer() instanceof AnnotationSet annotationSet ? annotationSet.getArticle() : null;
	}

	/** E.g. "Span 12&ndash;15 of article 'a7'", or "Span 12&ndash;15" for a region that belongs to no article. */
	private static String describe(TextRegion region, ResourceLocator messages) {
		String kind = region.eClass().getName();
		// Offsets as plain digits: MessageFormat would group a number's thousands, as in 12,345.
		String begin = Integer.toString(region.getBegin());
		String end = Integer.toString(region.getEnd());
		Article article = articleOf(region);
		return article == null
				? messages.getString("_UI_TextRegionOutsideArticle_label", new Object[] { kind, begin, end })
				: messages.getString("_UI_TextRegionInArticle_label", new Object[] { kind, begin, end, article.getId() });
	}
}
