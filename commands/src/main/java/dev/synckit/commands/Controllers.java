package dev.synckit.commands;

import com.github.kaktushose.jda.commands.annotations.interactions.Command;
import com.github.kaktushose.jda.commands.annotations.interactions.Interaction;
import com.github.kaktushose.jda.commands.dispatching.instance.InteractionControllerInstantiator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interaction controllers jda-commands dispatches to, built by hand (constructor injection) and handed to it
 * as they are: it never instantiates one itself. Two controllers that declare the same top-level command are
 * refused before anything is registered.
 */
final class Controllers implements InteractionControllerInstantiator {

    private final Map<Class<?>, Object> byClass;
    private final Set<String> commandNames;

    /** @throws IllegalStateException when a controller is not an {@code @Interaction} or a command name clashes */
    Controllers(List<Object> controllers) {
        var classes = new LinkedHashMap<Class<?>, Object>();
        var owners = new LinkedHashMap<String, Class<?>>();
        for (var controller : controllers) {
            var type = controller.getClass();
            var interaction = type.getAnnotation(Interaction.class);
            if (interaction == null) {
                throw new IllegalStateException(type.getName() + " is not annotated @Interaction");
            }
            if (classes.putIfAbsent(type, controller) != null) {
                throw new IllegalStateException("the controller " + type.getName() + " is given twice");
            }
            for (var name : rootNames(interaction, type)) {
                var owner = owners.putIfAbsent(name, type);
                if (owner != null) {
                    throw new IllegalStateException("the slash command /" + name + " of " + type.getName()
                            + " clashes with the one of " + owner.getName() + "; rename it");
                }
            }
        }
        this.byClass = Map.copyOf(classes);
        this.commandNames = Collections.unmodifiableSortedSet(new TreeSet<>(owners.keySet()));
    }

    /** The controllers' classes, for jda-commands to index. */
    Class<?>[] classes() {
        return byClass.keySet().toArray(Class<?>[]::new);
    }

    /** The top-level command names, sorted: what Discord lists once they are registered. */
    Set<String> commandNames() {
        return commandNames;
    }

    @Override
    public <T> T instance(Class<T> clazz, Context context) {
        var controller = byClass.get(clazz);
        if (controller == null) {
            throw new IllegalStateException("no controller of " + clazz.getName() + " was given");
        }
        return clazz.cast(controller);
    }

    /** The first word of each command the class declares ({@code token} for {@code /token create}). */
    private static List<String> rootNames(Interaction interaction, Class<?> type) {
        var names = new ArrayList<String>();
        Arrays.stream(type.getDeclaredMethods())
                .map(method -> method.getAnnotation(Command.class))
                .filter(Objects::nonNull)
                .map(command -> (interaction.value() + " " + command.value()).trim().split(" +")[0])
                .distinct()
                .forEach(names::add);
        return names;
    }
}
