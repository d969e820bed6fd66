"""The `campaign` MkDocs plugin: wires the engine's features into MkDocs events.

Everything here is plumbing; what each feature does lives in its own folder.
"""

from __future__ import annotations

import functools
import logging
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

import jinja2
from markdown.extensions.toc import slugify_unicode
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from . import tags as tag_syntax
from .authoring import (check_constructs, check_front_matter, check_links, check_page_input, check_round_trip,
                        markdown_start_line, pages_not_utf8, round_trip_inputs, typed_numbers)
from .configuration.load import load_campaign
from .configuration.locate import Locator
from .configuration.model import Campaign
from .data_protection import privacy_page_problems
from .errors import CampaignBuildError, CampaignError, Problem, stop_build_on_problems
from .features import all_features
from .languages.document import set_language
from .languages.not_found import NotFoundPages
from .languages.packs import pack_loader, theme_language
from .languages.sitemap import sitemap
from .languages.suggestion import suggestion_texts
from .languages.versions import LanguageVersions, absolute, head_links
from .look import brand_css
from .look.logo import inline_logo
from .overrides import override_warnings
from .rendering import Renderer
from .reviews.checks import check_review_settings
from .reviews.dates import time_element
from .search.index import LanguageIndexes, lunr_languages, theme_index
from .tag_extension import PageTags, TagExtension
from .authoring.images import missing_alt_text
from .bilingual.check import incomplete
from .cache import Ahead, FileCache, Memo, cache_folder, compile_ahead, template_cache
from .cache.collector import tune_for_build
from .cache.halves import CopyFailed, Halves
from .cache.theme_files import list_theme_once
from .preview import Preview
from .preview.languages import LanguageFirst
from .preview.watch import watch_often
from .security_policy import policy_on_page
from .deploy import HostRules, write_host_files
from .materials.items import read_items
from .materials.publish import ASSETS as MATERIALS_ASSETS, STYLESHEETS as MATERIALS_STYLESHEETS
from .materials.publish import Materials, share_image_path
from .materials.qr import short_address
from .materials.text import ItemText, numbers_for
from .strings import Strings, read_strings
from .theme.assets import minify_js, script, stylesheet, theme_stylesheets
from .theme.privacy import check_privacy, check_theme
from .theme.purge import Used, index as stylesheet_index, purge
from .translations.build import BuildTranslations
from .translations.i18n import add_languages, build_only, check_i18n, current_language, source_language
from .translations.interface import localise_options, nav_titles
from .translations.segments import markdown_reader
from .translations.site import Site

PACKAGE = Path(__file__).parent
# Advice that must not fail `mkdocs build --strict` goes out at INFO, which strict mode does not count.
log = logging.getLogger("mkdocs.plugins.campaign")
ASSETS = "assets/campaign"
STYLESHEET = f"{ASSETS}/campaign.css"
SCRIPT = f"{ASSETS}/campaign.js"


class CampaignPlugin(BasePlugin):
    """Registered as `campaign` in mkdocs.yml; its options are the force's campaign block."""

    def __init__(self) -> None:
        self.features = all_features()
        self.tags = {tag.name: tag for feature in self.features for tag in feature.tags}
        self.tag_extension = TagExtension(self.tags)
        self.default_strings = read_strings((f.name, f.strings_file) for f in self.features)
        self.strings = Strings(self.default_strings)
        self.options: dict[str, Any] = {}
        self.config_file: str | None = None
        self.campaign: Campaign | None = None
        self.renderer: Renderer | None = None
        self.serving = False
        self.stylesheet: str | None = None
        self.script: str | None = None
        self.source_campaign: Campaign | None = None
        self.source_strings: dict[str, str] = {}
        self.translations: BuildTranslations | None = None
        self.language = "en"
        self.source = "en"
        self.renderers: dict[str, Renderer] = {}
        self._link_targets: tuple[Files | None, dict[str, str | None]] = (None, {})
        self.versions: LanguageVersions | None = None
        self.suggestions: dict[str, dict[str, str]] = {}
        self.source_pages: list[tuple[str, str]] = []  # (English source path, English address)
        self.fallbacks: dict[str, set[str]] = {}  # language -> addresses of pages shown in English
        self.indexes: LanguageIndexes | None = None
        self.not_found: NotFoundPages | None = None
        self.sitemap: str | None = None
        self.preview: Preview | None = None  # only while `mkdocs serve` runs
        self.first: LanguageFirst | None = None  # which languages the next preview build makes
        self.materials: Materials | None = None
        self.materials_run = None  # set by `campaign materials`: PDFs, perhaps of some items or languages only
        self.share_pages: dict[str, list[tuple[str, str]]] = {}  # language -> (page title, share image path)
        self.locator: Locator | None = None  # mkdocs.yml read for line numbers, once per build
        self.cache = cache_folder(None)  # the build's work folder beside mkdocs.yml, set as the build starts
        self.ahead = Ahead({})  # work for the language builds, started on the other cores as the build starts
        self.aside = Ahead({})  # work for this process's own steps, on one other core
        self.halves = Halves()  # the languages after the first, some built here and the rest by a copy
        self.built_languages: dict[str, bool] | None = None  # which languages mkdocs.yml builds, while halved
        self.halved: list[str] = []  # the languages the copy builds, in the site's order
        self._original_pools: tuple[Ahead, ...] = ()  # in the copy: the original's pools, never to be waited on
        self.offline = False  # set by `campaign build --offline`: a copy opened from disk, without search

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        if command == "build":
            tune_for_build()

    def load_config(self, options: dict[str, Any], config_file_path: str | None = None):
        # Checked in on_config, where the docs folder is known and errors can carry lines.
        self.options, self.config_file, self.campaign, self.stylesheet = options, config_file_path, None, None
        self.source_campaign, self.translations, self.renderers = None, None, {}
        self.versions, self.indexes, self.not_found, self.fallbacks, self.sitemap = None, None, None, {}, None
        self.theme_files: dict = {}  # the theme's file list, read by the first language build of this one
        return [], []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.halves.is_copy:
            self.halves.depth += 1
        list_theme_once(config.theme, self.theme_files)
        # Section addresses keep their own script in every language (#في-حالة-الطوارئ, not #_1).
        config.mdx_configs.setdefault("toc", {}).setdefault("slugify", slugify_unicode)
        if self.tag_extension not in config.markdown_extensions:
            config.markdown_extensions.append(self.tag_extension)
        # mkdocs-static-i18n runs this again for every language: check the settings only once.
        with stop_build_on_problems():
            if self.source_campaign is None:
                self._load(config)
            self._use_language(config, current_language(config) or self.source)
        if not config.site_url:
            config.site_url = self.campaign.site_url
        config.theme["language"] = theme_language(self.language, config.theme.dirs)
        config.extra["alternate"] = True  # Material's header then includes partials/alternate.html: the selector
        config.theme["logo"] = self.campaign.look.logo
        config.theme["favicon"] = self.campaign.look.favicon
        return config

    def _work_ahead(self, config: MkDocsConfig) -> Ahead:
        """Start on the other cores what the language builds will need, in the order they need it:
        every page state (for the first build's files), the English pages' round-trip checks (for
        check_translatable), then the translated pages (for each language's build)."""
        site = self.translations.site
        extensions, configs = config.markdown_extensions, config.mdx_configs
        round_trips = []
        for page in site.pages():
            source, file = site.source(page), site.page_label(page)
            if site.memo is not None and not site.memo.has("round-trip", round_trip_inputs(source, file, extensions,
                                                                                           configs)):
                round_trips.append([functools.partial(check_round_trip, source, file, extensions, configs, site.memo)])
        states = self.translations.state_jobs()
        if any(states):  # before the fork: imported once, not in every worker
            markdown_reader()
        # The copy's languages first, as it starts on them first, but not the one it starts with: it translates
        # that one's pages itself, being forked before these could be ready.
        return Ahead({"states": states, "round trips": round_trips,
                      "pages": self.translations.markdown_jobs(first=self.halved[1:], skip=set(self.halved[:1]))})

    def _copy_languages(self, campaign: Campaign) -> list[str]:
        """The languages a forked copy will build beside the first one (none in the preview, or with PDFs or
        share images, which are drawn from the stylesheets and logo in the site's folder that every language
        build writes again: those are made one language at a time, never while another writes)."""
        if self.serving or campaign.materials.pdf or campaign.materials.share_images or self.materials_run is not None:
            return []
        codes = [language.code for language in campaign.languages]
        return Halves.copy_share(codes) if Halves.worth_it(codes) else []

    def _load(self, config: MkDocsConfig) -> None:
        unreadable = pages_not_utf8(Path(config.docs_dir))  # before anything reads a page and meets a traceback
        if unreadable:
            raise CampaignBuildError(unreadable)
        name = Path(config.config_file_path or "mkdocs.yml").name
        locator = self.locator = Locator.for_document(self.config_file)
        try:
            campaign = load_campaign(self.options, self.config_file, config.docs_dir, locator)
        except CampaignError as error:
            raise CampaignBuildError(error.problems) from None
        privacy = (check_privacy(config, locator, name) + check_theme(config, locator, name)
                   + privacy_page_problems(Path(config.docs_dir), campaign.pages.privacy))
        if privacy:
            raise CampaignBuildError(privacy)
        i18n = check_i18n(config, name)
        if i18n:
            raise CampaignBuildError(i18n)
        labels = {f"quick_exit.{key}": text for key, text in campaign.quick_exit.labels.items()}
        self.source_strings = {**self.default_strings, **labels}
        self.source_campaign = campaign
        self.source = source_language(config)
        site = Site.from_config(config, campaign.languages, self.source_strings, self.options)
        self.cache = cache_folder(config.config_file_path)
        site.memo = Memo(self.cache / "results")
        site.memo.files.prune()
        self.translations = BuildTranslations(site)
        theme_css = theme_stylesheets(config.theme.dirs, bool(config.theme.get("palette")))
        self.stylesheet = stylesheet(theme_css, self.features, brand_css(campaign.look.colour))
        self.script = script(self.features)
        self.halved = self._copy_languages(campaign)
        if not self.serving:  # the preview makes the language looked at first, and runs threads
            # On one core while this process imports the page reader: the interface catalogues, the
            # templates compiled for the first language's pages, the stylesheet parsed for the cut at the end.
            self.aside = Ahead({"interface": self.translations.interface_jobs(),
                                "templates": [[functools.partial(self._compile_templates, config)]],
                                "stylesheet": [[self._stylesheet_index]]}, most=1)
            self.ahead = self._work_ahead(config)
        self.aside.wait("interface")
        lookups = {language.code: self.translations.interface(language.code) for language in campaign.languages}
        add_languages(config, campaign.languages, lookups, nav_titles(config.nav))
        if self.serving and self.first is not None and self.first.only is not None:
            build_only(config, self.first.only)
        self.versions = LanguageVersions(self.source, campaign.languages, self.translations.published)
        self.suggestions = suggestion_texts(self.versions.languages, lookups, self.source_strings)
        self.not_found = NotFoundPages(self.source)
        # The preview leaves out PDFs and share images, so a save shows in the browser at once.
        settings = replace(campaign.materials, pdf=False, share_images=False) if self.serving else campaign.materials
        self.materials = Materials(read_items(), settings, self.source,
                                   {language.code: language.threshold for language in campaign.languages},
                                   self.source_strings, self.translations.interface_keys, self.materials_run)
        self.materials.cache = FileCache(self.cache / "materials")
        self.materials.cache.prune()
        self.materials.prefixes = {language.code: language.prefix for language in self.versions.languages}
        self.materials.helplines = set(campaign.routes.ids())
        if campaign.bilingual:
            self.materials.bilingual = {code: self.versions.get(code).endonym for code in (campaign.bilingual, self.source)}
        for item in self.materials.catalogue.items:
            if self.materials.needs(item):
                log.info("The %s is not made: its texts name the helplines %s, which mkdocs.yml does not define.",
                         item.name, ", ".join(self.materials.needs(item)))
        self.share_pages = {}
        self.indexes = LanguageIndexes(lunr_languages(config.theme.dirs))
        if self.translations.problems:
            raise CampaignBuildError(self.translations.problems)
        for warning in override_warnings(config.theme.custom_dir):  # copies of engine templates that may miss fixes
            log.info("Warning: %s", warning)

    def _use_language(self, config: MkDocsConfig, code: str) -> None:
        """Interface strings and campaign texts in the language being built."""
        self.language = code
        if code == self.source:
            self.campaign, self.strings = self.source_campaign, Strings(self.source_strings)
            return
        lookup = self.translations.interface(code)
        self.strings = Strings({key: lookup(key, text) for key, text in self.source_strings.items()})
        try:
            self.campaign = load_campaign(localise_options(self.options, lookup), self.config_file, config.docs_dir,
                                          self.locator)
        except CampaignError as error:
            raise CampaignBuildError(error.problems) from None

    @event_priority(-90)
    def _add_translated_pages(self, files: Files, config: MkDocsConfig) -> Files:
        # Before mkdocs-static-i18n sorts the files, so it sees each translation as `<page>.<code>.md`.
        self.ahead.wait("states")
        with stop_build_on_problems():
            self.translations.add_files(files, config)
        if self.translations.problems:
            raise CampaignBuildError(self.translations.problems)
        bilingual = self.source_campaign.bilingual
        if bilingual and self.language == self.source:
            problems = incomplete(self.translations.site, bilingual, self.materials.users())
            if problems and self.serving:  # the preview shows those texts in English; publishing waits for them
                for problem in problems:
                    log.info("Warning: %s The preview shows them in English meanwhile; 'mkdocs build' stops until "
                             "they are translated.", problem)
            elif problems:
                raise CampaignBuildError(problems)
        return files

    @event_priority(-110)
    def _add_engine_files(self, files: Files, config: MkDocsConfig) -> Files:
        # After mkdocs-static-i18n has sorted the files: it cannot handle generated ones.
        if self.language != self.source:
            self.ahead.wait()
        with stop_build_on_problems():
            self.translations.fill(files, self.language)
        if files.get_file_from_path(STYLESHEET) is None:
            files.append(File.generated(config, STYLESHEET, content=self.stylesheet))
        if files.get_file_from_path(SCRIPT) is None:
            files.append(File.generated(config, SCRIPT, content=self.script))
        for name in MATERIALS_STYLESHEETS:  # the print styles, for items' HTML and PDFs alike
            if files.get_file_from_path(f"{MATERIALS_ASSETS}/{name}") is None:
                files.append(File.generated(config, f"{MATERIALS_ASSETS}/{name}",
                                            abs_src_path=str(PACKAGE / "materials" / name)))
        # Tags are expanded before MkDocs hands out its page environment, so they get their own.
        env = self.on_env(config.theme.get_env(), config, files)
        self.renderers = {self.language: Renderer(self.campaign, self.strings, env, _babel_locale(self.language))}
        if self.language != self.source:  # pages not yet translated show their tags in English, like their text
            source_env = config.theme.get_env()
            source_env.loader, source_env.bytecode_cache = env.loader, env.bytecode_cache
            source_env.globals.update(env.globals, campaign=self.source_campaign, t=Strings(self.source_strings))
            self.renderers[self.source] = Renderer(self.source_campaign, Strings(self.source_strings), source_env,
                                                   _babel_locale(self.source))
        self.renderer = self.renderers[self.language]
        if self.language == self.source:
            self.source_pages = [(getattr(f, "norm_src_uri", f.src_uri), _address(f.url))
                                 for f in files.documentation_pages()]
        return files

    on_files = CombinedEvent(_add_translated_pages, _add_engine_files)

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        env.loader = self._loader(config, env.loader)
        self._compile_with(env)
        env.globals.update(campaign=self.campaign, t=self.strings, campaign_urls=self._page_urls(files),
                           language=self.language, source_language=self.source,
                           language_home=self.versions.get(self.language).prefix,
                           review_date=functools.partial(time_element, code=self.language), offline=self.offline,
                           materials=self.materials, materials_text=self._item_text(),
                           logo_svg=inline_logo(Path(config.docs_dir) / self.campaign.look.logo))
        return env

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        file = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
        renderer = self.renderers.get(getattr(page.file, "locale", None) or self.language, self.renderer)
        problems = check_front_matter(page.file.content_string, file)
        if self.language == self.source:  # English pages, checked once: they are what translators work from
            problems += check_review_settings(page.file.content_string, file)
            problems += self.check_translatable(page.file.content_string, file, config)
            problems += self.check_links(page.file.content_string, file, page.file.src_uri, files)
            problems += check_page_input(page.file.content_string, file)
            problems += missing_alt_text(page.file.content_string, file)
            for warning in typed_numbers(page.file.content_string, file, self.source_campaign.routes.helplines):
                log.info("Warning: %s", warning)
        # The tags are expanded as the page is converted (tag_extension.py), which reports these problems too.
        self.materials.page_url = page.url  # the Materials page's links are relative to it
        start = markdown_start_line(page.file.content_string, markdown)
        self.tag_extension.next_page(PageTags(file, start, renderer, problems))
        return markdown

    def expand_page(self, source: str, markdown: str, file: str,
                    renderer: Renderer | None = None) -> tuple[str, list[Problem]]:
        """Check a page and replace its tags; `markdown` is `source` without front matter."""
        problems = check_front_matter(source, file)
        expanded, tag_problems = tag_syntax.expand(
            markdown, self.tags, renderer or self.renderer, file, markdown_start_line(source, markdown))
        return expanded, problems + tag_problems

    def check_translatable(self, source: str, file: str, config: MkDocsConfig) -> list[Problem]:
        """Constructs that break when a page is translated; the round trip itself only if the rules pass."""
        problems = check_constructs(source, file)
        self.ahead.wait("round trips")
        return problems or check_round_trip(source, file, config.markdown_extensions, config.mdx_configs,
                                            self.translations.site.memo)

    def check_links(self, source: str, file: str, src_uri: str, files: Files) -> list[Problem]:
        """Links to pages, sections and pictures that do not exist, each with its line."""
        if self._link_targets[0] is not files:  # read every page once per build, not once per page
            self._link_targets = (files, {f.src_uri: (f.content_string if f.is_documentation_page() else None)
                                          for f in files})
        return check_links(source, file, src_uri, self._link_targets[1])

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        context["translation"] = self._translation(page)
        source_page = getattr(page.file, "norm_src_uri", page.file.src_uri)
        source_url = self.versions.source_url(_address(page.url), self.language)
        versions = self.versions.versions(source_page, source_url, self.language)
        context["language_versions"] = versions
        context["bilingual_version"] = self._bilingual_version(versions)
        context["language_home_page"] = source_url in ("", "index.html")  # a folder on a host, a file offline
        context["language_suggestions"] = self.suggestions
        site_url = config.site_url or self.campaign.site_url
        context["language_links"] = head_links(versions, site_url, source_url)
        if self.materials.settings.share_images:
            image = share_image_path(self.versions.get(self.language).prefix, page.url)
            self.share_pages.setdefault(self.language, []).append((page.title or config.site_name, image))
            context["share_image"] = absolute(site_url, image)
        if context["language_links"] is None:  # English text under another language's folder
            page.canonical_url = absolute(site_url, source_url)
            self.fallbacks.setdefault(self.language, set()).add(page.url)
        return context

    def _bilingual_version(self, versions: list) -> Any:
        """On a bilingual site, this page in the other of its two languages (none on other languages' pages)."""
        second = self.source_campaign.bilingual
        other = {self.source: second, second: self.source}.get(self.language) if second else None
        return next((version for version in versions if version.language.code == other), None)

    def on_template_context(self, context: dict, template_name: str, config: MkDocsConfig) -> dict:
        if template_name == "404.html":  # every language's home page, from a page that has no address of its own
            context["language_versions"] = self.versions.versions(None, "", self.language)
        return context

    def _translation(self, page: Page) -> dict[str, Any] | None:
        """What the notice needs when the page is not (all) in the language being built."""
        if self.language == self.source:
            return None
        language = next(l for l in self.source_campaign.languages if l.code == self.language)
        norm = getattr(page.file, "norm_src_uri", page.file.src_uri)
        if getattr(page.file, "locale", self.language) == self.source:
            state = "fallback"
        else:
            found = self.translations.state(self.language, norm)
            state = found.state if found else "complete"
        english = getattr(page.file, "alternates", {}).get(self.source)
        english_url = english.url if english is not None else page.url.removeprefix(f"{self.language}/")
        return {"state": state, "endonym": language.endonym, "source": self.source, "english_url": english_url}

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        return self._set_language(output)

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        if template_name == "sitemap.xml":  # the same for every language build: made once
            if self.sitemap is None:
                self.sitemap = sitemap(self.versions, self.source_pages, config.site_url or self.campaign.site_url)
            return self.sitemap
        if not template_name.endswith(".html"):
            return output
        output = self._set_language(output)
        if template_name == "404.html":
            return self.not_found.place(output, self.language, self.versions.get(self.language).prefix,
                                        config.site_dir)
        return output

    @event_priority(-50)
    def _keep_search_entries(self, config: MkDocsConfig) -> None:
        # After the theme's search plugin has written this build's index, before mkdocs-static-i18n merges them.
        prefix = self.versions.get(self.language).prefix
        leave_out = self.fallbacks.get(self.language, set())
        self.indexes.keep(self.language, prefix, theme_index(config), leave_out)

    @event_priority(-200)
    def _finish_site(self, config: MkDocsConfig) -> None:
        # Last of all, once mkdocs-static-i18n has built every language (it sets `building` meanwhile):
        # one search index per language, then the security policy over every finished page. The live-reload
        # script `mkdocs serve` injects is not ours to hash: the preview goes without a policy.
        i18n = config.plugins.get("i18n")
        if i18n is not None and getattr(i18n, "building", False):
            self.halves.depth -= self.halves.is_copy
            return
        used, done = Used(), []
        if self.halves.pid is not None:  # the copy has read its own languages' pages and given them their policies
            used, done = self._join_halves(config), self._copy_folders(config)
        prefixes = {language.code: language.prefix for language in self.versions.languages}
        self.indexes.write(Path(config.site_dir), prefixes)
        if not self.serving:  # the preview keeps every rule: a page being written may use any of them
            pages = [page for page in sorted(Path(config.site_dir).rglob("*.html"))
                     if not any(page.is_relative_to(folder) for folder in done)]
            used.update(self._finish_pages(pages))
            self._purge_stylesheet(Path(config.site_dir), used)
        if not self.serving and not getattr(self, "offline", False):
            self._write_host_files(config, prefixes)

    @event_priority(-60)
    def _make_materials(self, config: MkDocsConfig) -> None:
        # This language's items (and its pages' share images), with its strings, once its pages are written.
        language = self.versions.get(self.language)
        site_dir, site_url = Path(config.site_dir), config.site_url or self.campaign.site_url
        args = (self.language, language.direction, self.renderer.env, self.strings.table, self.campaign, site_dir,
                site_url)
        share = self.materials.settings.share_images
        if self.materials.pdf or share:
            from .materials.fonts import missing_fonts

            missing = missing_fonts([self.language], {language.code: language.endonym})
            if missing:
                name = Path(config.config_file_path or "mkdocs.yml").name
                raise CampaignBuildError([Problem(name, None, message) for message in missing])
        self.materials.write(*args, self.campaign.look.logo)
        if share:
            self.materials.write_share_images(*args, self.share_pages.get(self.language, []), self.campaign.look.logo)

    @event_priority(-200)
    def on_nav(self, nav, config: MkDocsConfig, files: Files):
        # The first language's files and menu are made: its share of the other languages goes to a copy now,
        # which builds them while this process builds the first language's pages.
        # The templates are being compiled on another core: wait for them rather than compile them again here
        # (or in the copy, which would load them from the shared cache).
        self.aside.wait("templates")
        i18n = config.plugins.get("i18n")
        if not self.halved or self.halves.pid is not None or i18n is None or getattr(i18n, "building", False):
            return nav
        entries = [entry for entry in i18n.config.languages if not entry.default]
        self.built_languages = {entry.locale: entry.build for entry in entries}
        codes = [entry.locale for entry in entries if entry.build]
        if not self.halves.fork():
            build_only(config, {code for code in codes if code not in self.halved})
            return nav
        # The copy: the pools belong to the original (kept referenced, never waited on here), and the rest
        # of the first language's build is the original's too. mkdocs-static-i18n builds the copy's languages
        # as it would after the first; a failure among them reaches on_build_error, which hands it back.
        self._original_pools = (self.ahead, self.aside)
        self.ahead, self.aside = Ahead({}), Ahead({})
        build_only(config, {code for code in codes if code in self.halved})
        i18n.on_post_build(config)
        pages = [page for folder in self._copy_folders(config) for page in sorted(folder.rglob("*.html"))]
        docs = {code: docs for code, docs in self.indexes.docs.items() if code in self.halved}
        self.halves.hand_back((docs, self._finish_pages(pages)))

    def _copy_folders(self, config: MkDocsConfig) -> list[Path]:
        """The output folders of the languages the copy builds."""
        return [Path(config.site_dir) / self.versions.get(code).prefix for code in self.halved]

    def _finish_pages(self, pages: Iterable[Path]) -> Used:
        """Each finished page read once: the names it uses (for the stylesheet cut), and its security policy
        added. Over the output once what writes there has finished, so it covers whatever wrote the page."""
        used = Used()
        for page in pages:
            html = page.read_text(encoding="utf-8")
            used.add_html(html)
            policy_on_page(page, html)
        return used

    def _join_halves(self, config: MkDocsConfig) -> Used:
        """The copy's search entries and the names its pages use, once it has built its languages; stop here
        too if they did not build."""
        for entry in config.plugins["i18n"].config.languages:
            entry.build = self.built_languages.get(entry.locale, entry.build)
        try:
            docs, used = self.halves.take_back()
        except CopyFailed as error:
            raise Abort(str(error)) from None
        self.indexes.docs.update(docs)
        self.not_found.write_root(config.site_dir)
        return used

    on_post_build = CombinedEvent(_keep_search_entries, _make_materials, _finish_site)

    def on_serve(self, server, config: MkDocsConfig, builder):
        # Edits to the engine's templates and styles, and to any translation catalogue, reload the preview too;
        # translators' work files (translations/work/) are not catalogues and do not.
        watch_often(server)
        server.watch(str(PACKAGE))
        catalogues = self.translations.site.layout.root
        for code in ["templates", *(language.code for language in self.source_campaign.languages)]:
            if (catalogues / code).is_dir():
                server.watch(str(catalogues / code))
        # A save that breaks the site leaves the last good preview up, with the problem on every page.
        # A save rebuilds the language being looked at; the others are built when a page of theirs is opened.
        self.preview = Preview(config.site_dir, config.config_file_path)
        self.first = LanguageFirst(self.source, {l.code: l.prefix for l in self.versions.languages},
                                   urlsplit(config.site_url or "/").path)
        server.builder = self.preview.guard(server.builder, self.first)
        server.set_app(self.first.app(server.serve_request, functools.partial(self._build_into, config.site_url),
                                      self.preview.site, self.preview.kept))
        return server

    def _build_into(self, site_url: str, folder: Path) -> None:
        """A preview build into another folder, for a language opened in the browser."""
        config = load_config(config_file=self.config_file, site_dir=str(folder))
        config.site_url = site_url
        config.plugins.on_startup(command="serve", dirty=False)
        build(config, serve_url=site_url)

    def on_build_error(self, *, error: Exception) -> None:
        if self.halves.is_copy:
            if self.halves.depth > 0:  # one of its language builds: MkDocs reports it, then stops this build
                self.halves.depth -= 1
                return
            message = str(error) if isinstance(error, Abort) else "".join(traceback.format_exception(error))
            self.halves.hand_back(failed=message)
        self.halves.stop()
        self.ahead.cancel()
        self.aside.cancel()
        if self.preview is not None:  # MkDocs hands the builder only "Aborted": keep the problem itself
            self.preview.error = error

    # -- helpers ------------------------------------------------------------
    def _write_host_files(self, config: MkDocsConfig, prefixes: dict[str, str]) -> None:
        """Headers and 404 rules for every kind of host, from the site's address and languages."""
        site_dir = Path(config.site_dir)
        project = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        rules = HostRules.for_site(config.site_url or self.source_campaign.site_url, prefixes, self.source,
                                   site_dir, project)
        folder = write_host_files(rules, site_dir, self.source_campaign.host)
        log.info("Files for the host (headers, 404 pages) are in %s", folder)

    def _purge_stylesheet(self, site_dir: Path, used: Used) -> None:
        """The stylesheet cut down to the rules some built page, in any language, can use (`used`, read from
        every page), or the engine's scripts can add."""
        scripts = [self.script, *(" ".join(f.runtime_names) for f in self.features)]
        scripts += [(f.templates / name).read_text(encoding="utf-8") for f in self.features for name in f.head_scripts]
        for text in scripts:
            used.add_script(text)
        self.aside.wait()
        # The same stylesheet and the same names give the same cut: kept by their hash across builds.
        inputs = (self.stylesheet, " ".join(sorted(used.names)), " ".join(sorted(used.variables)))
        css = self.translations.site.memo.get("stylesheet", inputs, lambda: purge(self._stylesheet_index(), used))
        (site_dir / STYLESHEET).write_text(css, encoding="utf-8")

    def _stylesheet_index(self) -> list:
        """The stylesheet parsed for the cut, kept by its hash (made ahead on another core in a cold build)."""
        return self.translations.site.memo.get("stylesheet index", (self.stylesheet,),
                                               lambda: stylesheet_index(self.stylesheet))

    def _set_language(self, output: str) -> str:
        language = self.versions.get(self.language)
        return set_language(output, language.code, language.direction)

    def _compile_with(self, env: jinja2.Environment) -> None:
        """What compiling the templates needs besides the loader."""
        env.bytecode_cache = template_cache(self.cache / "templates")
        env.filters["minify_js"] = minify_js

    def _compile_templates(self, config: MkDocsConfig) -> None:
        """In another process, as the build starts: the pages' templates compiled into the shared cache."""
        env = config.theme.get_env()
        env.loader = self._loader(config, env.loader, packs=False)  # the packs need the languages, not known yet
        self._compile_with(env)
        features = [f"campaign/{f.name}/{path.name}" for f in self.features for path in sorted(f.templates.glob("*"))
                    if path.is_file()]
        compile_ahead(env, ["main.html", "404.html", "sitemap.xml", *features])

    def _loader(self, config: MkDocsConfig, theme_loader: jinja2.BaseLoader, packs: bool = True) -> jinja2.BaseLoader:
        """The force's overrides first, then the engine's templates, then Material's, then label packs
        for the languages Material has none for."""
        features = {f.name: jinja2.FileSystemLoader(str(f.templates)) for f in self.features}
        theme = next(f for f in self.features if f.name == "theme")
        engine = jinja2.ChoiceLoader([
            jinja2.FileSystemLoader(str(theme.templates)),
            jinja2.PrefixLoader({"campaign": jinja2.PrefixLoader(features)}),
        ])
        custom = [jinja2.FileSystemLoader(config.theme.custom_dir)] if config.theme.custom_dir else []
        if not packs:
            return jinja2.ChoiceLoader([*custom, engine, theme_loader])
        directions = {language.code: language.direction for language in self.versions.languages}
        label_packs = jinja2.FunctionLoader(pack_loader(directions, config.theme.dirs))
        return jinja2.ChoiceLoader([*custom, engine, theme_loader, label_packs])

    def _item_text(self) -> ItemText:
        """Printed items' texts in the language being built, numbers filled in from the helpline data."""
        prefix = self.versions.get(self.language).prefix
        return ItemText(self.strings.table, numbers_for(self.materials.catalogue.numbers, self.campaign.routes.get),
                        {"campaign": self.campaign.week.name, "site": short_address(self.campaign.site_url + prefix)})

    def _page_urls(self, files: Files) -> dict[str, str | None]:
        found = {}
        for key, path in self.campaign.pages.as_dict().items():
            file = files.get_file_from_path(path)
            found[key] = file.url if file else None
        return found


def _address(url: str) -> str:
    """A page's address relative to the site root, the home page's being "" (MkDocs also writes "./")."""
    return "" if url in (".", "./") else url


def _babel_locale(code: str) -> str:
    """Babel's spelling of a language code ("zh-Hans" → "zh_Hans", Dari "prs" → CLDR's "fa_AF"); English dates in
    British style."""
    from .translations.languages import cldr_locale

    return "en_GB" if code == "en" else str(cldr_locale(code))
