package org.locus.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build uses Vaadin's pre-built production bundle and never needs Node.js. Any of these annotations on a Locus
 * class (not on Vaadin's own components, whose modules the pre-built bundle holds) would make Vaadin compile a bundle
 * of its own with Node and npm; the enforcer rule in the pom guards the frontend files that would do the same. Style
 * with {@code @StyleSheet} over a static style sheet instead.
 */
class PrebuiltBundleTest {

    private static final List<Class<? extends Annotation>> NEEDS_NODE =
            List.of(CssImport.class, JsModule.class, JavaScript.class, NpmPackage.class);

    @Test
    void noLocusClassAsksForAFrontendBuild() {
        assertThat(declaring(NEEDS_NODE)).as("Locus classes whose annotations need a Node build of the frontend")
                .isEmpty();
    }

    @Test
    void theScanFindsAnAnnotationWhereOneIsDeclared() {
        assertThat(declaring(List.of(StyleSheet.class))).contains(LocusAppShell.class.getName());
    }

    /** Locus classes that declare one of the annotations themselves, once or repeated. */
    private static Set<String> declaring(List<Class<? extends Annotation>> annotations) {
        Set<String> names = annotations.stream()
                .flatMap(a -> java.util.stream.Stream.of(a.getName(), a.getName() + "$Container"))
                .collect(Collectors.toSet());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition bean) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) ->
                reader.getAnnotationMetadata().getAnnotationTypes().stream().anyMatch(names::contains));
        Set<String> found = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.locus")) {
            found.add(candidate.getBeanClassName());
        }
        return found;
    }
}
