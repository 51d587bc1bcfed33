package org.hashiya.uima.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did.
 *
 * @param articlesRead      articles in the input
 * @param articlesAdded     of these, the ones new to the project (the others it already had, with the same text)
 * @param spansByAnnotator  spans added, by annotator name
 * @param labelsAdded       labels the project did not have, added to its first label set
 * @param warnings          what was skipped, e.g. XMI elements of undeclared types in lenient mode
 */
public record ImportResult(Path project, int articlesRead, int articlesAdded, Map<String, Integer> spansByAnnotator, List<String> labelsAdded,
		List<String> warnings) {

	public ImportResult {
		spansByAnnotator = Map.copyOf(spansByAnnotator);
		labelsAdded = List.copyOf(labelsAdded);
		warnings = List.copyOf(warnings);
	}

	public int spans() {
		return spansByAnnotator.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** @return one line for people: what came in, for whom, and where */
	public String summary() {
		StringBuilder summary = new StringBuilder().append("Imported ").append(articlesRead).append(articlesRead == 1 ? " article" : " articles")
				.append(" (").append(articlesAdded).append(" new)");
		if (!spansByAnnotator.isEmpty()) {
			summary.append(" with ").append(spans()).append(" spans of ").append(spansByAnnotator.entrySet().stream().sorted(Map.Entry.comparingByKey())
					.map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining(", ")));
		}
		summary.append(" into ").append(project);
		if (!labelsAdded.isEmpty()) {
			summary.append("; new labels: ").append(String.join(", ", labelsAdded));
		}
		return summary.toString();
	}
}
