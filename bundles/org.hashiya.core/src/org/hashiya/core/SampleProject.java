package org.hashiya.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.hashiya.samples.SampleCorpus;

/** Sets up the sample Arabic news corpus as an annotation project, gold spans included. */
public final class SampleProject {

	/** The name of the sample project, also used as its folder name in a workspace. */
	public static final String NAME = "ar-news";

	private SampleProject() {
	}

	/**
	 * Creates the sample project in {@code folder} (which must not be a project yet): the four
	 * articles, the default label set, and the gold spans as the finished work of annotator
	 * {@value SampleCorpus#GOLD_ANNOTATOR}.
	 */
	public static ProjectFolder create(Path folder) throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		ProjectFolder project = ProjectFolder.create(folder, NAME);
		Path gold = Files.createTempDirectory("hashiya-gold");
		try {
			SampleCorpus.copyGoldSpansTo(gold);
			GoldSpansImporter.importFolder(project, gold, SampleCorpus.GOLD_ANNOTATOR);
		} finally {
			try (Stream<Path> files = Files.walk(gold)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		return project;
	}
}
