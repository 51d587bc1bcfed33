package org.hashiya.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;

/**
 * Imports spans in the gold format of the sample corpus: one {@code <article id>.spans.tsv} per
 * article, header {@code begin end label text}, UTF-16 offsets, end exclusive.
 *
 * <p>Every file is checked completely before anything changes, so a failed import leaves the
 * project as it was.</p>
 */
public final class GoldSpansImporter {

	/** File name suffix of gold span files. */
	public static final String EXTENSION = SpansTsv.EXTENSION;

	private GoldSpansImporter() {
	}

	/**
	 * Imports every {@code *.spans.tsv} in {@code folder} as the finished work of {@code annotatorName},
	 * and saves the annotation sets.
	 *
	 * @return the number of spans imported
	 * @throws InvalidTextFileException naming the file, the line and the problem; nothing was imported
	 */
	public static int importFolder(ProjectFolder project, Path folder, String annotatorName) throws IOException {
		Map<Article, List<Span>> spansByArticle = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
				String fileName = file.getFileName().toString();
				String articleId = fileName.substring(0, fileName.length() - EXTENSION.length());
				Article article = project.article(articleId).orElseThrow(() -> new InvalidTextFileException(file,
						file + ": the project has no article " + articleId + Articles.EXTENSION + " for these spans"));
				spansByArticle.put(article, parse(file, article, project));
			}
		}
		return addFinishedWork(project, annotatorName, spansByArticle);
	}

	/**
	 * Adds spans, with labels of the project, as the finished work of {@code annotatorName} and saves
	 * each annotation set (also those without spans: the annotator found nothing to label there).
	 *
	 * @return the number of spans added
	 * @throws IOException if the annotator already has spans on one of the articles (then nothing
	 *                     changed), or a save failed
	 */
	public static int addFinishedWork(ProjectFolder project, String annotatorName, Map<Article, List<Span>> spansByArticle) throws IOException {
		checkNoWorkYet(project, annotatorName, spansByArticle.keySet());
		Annotator annotator = project.annotator(annotatorName);
		int count = 0;
		for (Map.Entry<Article, List<Span>> entry : spansByArticle.entrySet()) {
			AnnotationSet set = project.annotationSet(entry.getKey(), annotator);
			set.getSpans().addAll(entry.getValue());
			set.setStatus(AnnotationStatus.FINISHED);
			project.save(set);
			count += entry.getValue().size();
		}
		return count;
	}

	/**
	 * @throws IOException naming the first of {@code articles} on which {@code annotatorName} already
	 *                     has spans: importing would mix two versions of the work
	 */
	public static void checkNoWorkYet(ProjectFolder project, String annotatorName, Collection<Article> articles) throws IOException {
		Annotator annotator = project.annotator(annotatorName);
		for (Article article : articles) {
			if (project.findAnnotationSet(article, annotator).map(set -> !set.getSpans().isEmpty()).orElse(false)) {
				throw new IOException(annotatorName + " already has spans on article " + article.getId()
						+ "; importing would mix two versions of the work. Nothing was imported.");
			}
		}
	}

	/** @return a new span whose origin is {@link SpanOrigin#IMPORTED} */
	public static Span importedSpan(int begin, int end, Label label) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setOrigin(SpanOrigin.IMPORTED);
		return span;
	}

	private static List<Span> parse(Path file, Article article, ProjectFolder project) throws IOException {
		List<Span> spans = new ArrayList<>();
		for (LabeledSpan read : SpansTsv.read(file, article.getText())) {
			Label label = project.label(read.label()).orElseThrow(() -> new InvalidTextFileException(file, file + ": label '" + read.label()
					+ "' of the span " + read.begin() + "–" + read.end() + " is not in the project's label set"));
			spans.add(importedSpan(read.begin(), read.end(), label));
		}
		return spans;
	}
}
