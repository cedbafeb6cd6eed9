package org.locus.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** An answers document that cannot be diagnosed, with every problem found in it. */
public class InvalidAnswersException extends RuntimeException {

    private final List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.stream().map(AnswerProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
