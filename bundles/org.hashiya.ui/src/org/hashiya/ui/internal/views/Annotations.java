package org.hashiya.ui.internal.views;

import java.util.List;

import org.hashiya.core.ProjectFolder;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Label;
import org.hashiya.model.Span;

/** What the views show of a project's labels and of spans. */
final class Annotations {

	private Annotations() {
	}

	/** @return every label of the project, in the order the digit keys number them */
	static List<Label> labels(ProjectFolder project) {
		return project.project().getLabelSets().stream().flatMap(labelSet -> labelSet.getLabels().stream()).toList();
	}

	/** @return the span's text on one line: a span across a line break still fits one row */
	static String coveredText(Span span) {
		String text = ((AnnotationSet) span.eContainer()).getArticle().getText();
		return text.substring(span.getBegin(), span.getEnd()).replaceAll("\\s+", " ");
	}
}
