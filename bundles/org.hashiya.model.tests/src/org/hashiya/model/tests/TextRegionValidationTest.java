package org.hashiya.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.hashiya.model.AnnotationProject;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.LabelSet;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.validation.TextRegionRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextRegionValidationTest {

	private static final HashiyaFactory FACTORY = HashiyaFactory.eINSTANCE;
	private static final String TEXT = "زار جون كيري بغداد";

	private AnnotationProject project;
	private AnnotationSet set;
	private Label person;

	@BeforeEach
	void createProjectWithOneArticle() {
		project = FACTORY.createAnnotationProject();
		project.setName("news");
		LabelSet labels = FACTORY.createLabelSet();
		labels.setName("entities");
		person = label(labels, "PER");
		project.getLabelSets().add(labels);
		Annotator annotator = FACTORY.createAnnotator();
		annotator.setName("amal");
		project.getAnnotators().add(annotator);
		Article article = FACTORY.createArticle();
		article.setId("a1");
		article.setText(TEXT);
		project.getArticles().add(article);
		set = FACTORY.createAnnotationSet();
		set.setAnnotator(annotator);
		article.getAnnotationSets().add(set);
	}

	@Test
	void aSpanInsideTheTextWithAProjectLabelIsValid() {
		Diagnostic diagnostic = validate(span(4, 12, person));

		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic::toString);
	}

	@Test
	void anEmptySpanIsRejected() {
		Diagnostic diagnostic = onlyError(validate(span(7, 7, person)));

		assertEquals(TextRegionRules.BEGIN_BEFORE_END, diagnostic.getCode());
		assertTrue(diagnostic.getMessage().contains("7\u20137 of article 'a1' is empty"), diagnostic.getMessage());
	}

	@Test
	void aReversedSpanIsRejected() {
		assertEquals(TextRegionRules.BEGIN_BEFORE_END, onlyError(validate(span(9, 3, person))).getCode());
	}

	@Test
	void aSpanBeyondTheEndOfTheTextIsRejectedWithTheTextLength() {
		Diagnostic diagnostic = onlyError(validate(span(13, TEXT.length() + 1, person)));

		assertEquals(TextRegionRules.WITHIN_TEXT, diagnostic.getCode());
		assertTrue(diagnostic.getMessage().contains(TEXT.length() + " characters long"), diagnostic.getMessage());
	}

	@Test
	void aSpanBeforeTheStartOfTheTextIsRejected() {
		assertEquals(TextRegionRules.WITHIN_TEXT, onlyError(validate(span(-1, 3, person))).getCode());
	}

	@Test
	void aLabelFromAnotherProjectIsRejectedByName() {
		LabelSet foreign = FACTORY.createLabelSet();
		Label misc = label(foreign, "MISC");
		AnnotationProject other = FACTORY.createAnnotationProject();
		other.getLabelSets().add(foreign);

		Diagnostic diagnostic = onlyError(validate(span(4, 12, misc)));

		assertEquals(TextRegionRules.LABEL_IN_PROJECT_LABEL_SET, diagnostic.getCode());
		assertTrue(diagnostic.getMessage().contains("'MISC', which is not in any label set of project 'news'"), diagnostic.getMessage());
	}

	@Test
	void suggestionsAreHeldToTheSameRules() {
		Suggestion suggestion = FACTORY.createSuggestion();
		suggestion.setBegin(10);
		suggestion.setEnd(2);
		suggestion.setLabel(person);
		set.getSuggestions().add(suggestion);

		assertEquals(TextRegionRules.BEGIN_BEFORE_END, onlyError(Diagnostician.INSTANCE.validate(suggestion)).getCode());
	}

	private Span span(int begin, int end, Label label) {
		Span span = FACTORY.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setOrigin(SpanOrigin.MANUAL);
		set.getSpans().add(span);
		return span;
	}

	private static Label label(LabelSet labels, String name) {
		Label label = FACTORY.createLabel();
		label.setName(name);
		labels.getLabels().add(label);
		return label;
	}

	private static Diagnostic validate(Span span) {
		return Diagnostician.INSTANCE.validate(span);
	}

	private static Diagnostic onlyError(Diagnostic diagnostic) {
		List<Diagnostic> errors = diagnostic.getChildren().stream().filter(child -> child.getSeverity() == Diagnostic.ERROR).toList();
		assertEquals(1, errors.size(), diagnostic::toString);
		return errors.get(0);
	}
}
