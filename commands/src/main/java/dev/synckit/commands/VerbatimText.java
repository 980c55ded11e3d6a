package dev.synckit.commands;

import com.github.kaktushose.jda.commands.i18n.Localizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * synckit's texts are English and final: nothing is a translation key. jda-commands' default localizer looks every
 * reply up as one and warns about each it does not find; this one finds none, so the text is used as it is.
 */
final class VerbatimText implements Localizer {

    @Override
    public Optional<String> localize(Locale locale, String bundle, String key, Map<String, Object> arguments) {
        return Optional.empty();
    }

    @Override
    public Optional<String> localizeMessage(Locale locale, String content, Map<String, Object> arguments) {
        return Optional.empty();
    }
}
