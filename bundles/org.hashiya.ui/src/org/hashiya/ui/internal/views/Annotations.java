package org.hashiya.ui.internal.views;

import java.util.List;

import org.hashiya.core.ProjectFolder;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Article;
import org.hashiya.model.Label;
import org.hashiya.model.TextRegion;

/** What the views show of a project's labels and of spans and suggestions. */
final class Annotations {

	private Annotations() {
	}

	/** @return every label of the project, in the order the digit keys number them */
	static List<Label> labels(ProjectFolder project) {
		return project.project().getLabelSets().stream().flatMap(labelSet -> labelSet.getLabels().stream()).toList();
	}

	/** @return the article of a span or suggestion */
	static Article article(TextRegion region) {
		return ((AnnotationSet) region.eContainer()).getArticle();
	}

	/** @return the text of a span or suggestion on one line: one across a line break still fits one row */
	static String coveredText(TextRegion region) {
		return article(region).getText().substring(region.getBegin(), region.getEnd()).replaceAll("\\s+", " ");
	}
}
