import type { Bundle, Entity, When } from '../../../bundle/bundle-schema';
import { indexBundle } from '../../../model/bundle-index';
import { formatPartialDate } from '../../../model/format-date';
import type { Selection } from '../../../view-state/view-state';

/** A slide title fits a line or two at 60 px; past this a presenter shortens it anyway. */
const MAX_TITLE = 160;

/**
 * How a headline writer names a person on second reference: a one-word alias the name contains
 * ("Choe" for Choe Son-hui), else the last word of a Western-order name ("Putin"). Countries,
 * organisations and places keep their names.
 */
export function shortName(entity: Entity): string {
  if (entity.kind !== 'person') return entity.name;
  const words = entity.name.split(/\s+/).filter((w) => w !== '');
  const alias = entity.aliases
    .map((a) => a.trim())
    .filter((a) => !/\s/.test(a) && a.length > 1 && words.includes(a))
    .sort((a, b) => a.length - b.length)[0];
  return alias ?? words[words.length - 1] ?? entity.name;
}

/**
 * "5 Oct" within the year the article was published, "5 Oct 2017" outside it, "Sep" or
 * "Sep 2017" for a month: the room knows the year from the title slide.
 */
export function shortDate(when: When | undefined, publishedYear: string): string {
  if (!when) return '';
  const words = formatPartialDate(when.start);
  return words.endsWith(` ${publishedYear}`) ? words.slice(0, -publishedYear.length - 1) : words;
}

function withDate(text: string, date: string): string {
  return date === '' ? text : `${text}, ${date}`;
}

/** Up to eight words of a passage, quoted: a title for a slide about a sentence. */
function passageTitle(text: string): string {
  const words = text.trim().split(/\s+/);
  const head = words.slice(0, 8).join(' ');
  return `“${head}${words.length > 8 ? '…' : ''}”`;
}

/**
 * The title a person would write for a slide about a selection: "Choe travels Pyongyang →
 * Beijing, 5 Oct", "Talks in Beijing, 5 Oct", "Choe Son-hui". Null when nothing is selected or
 * the id is unknown (the caller falls back to the story's headline).
 */
export function defaultSlideTitle(bundle: Bundle, selection: Selection | null): string | null {
  if (selection === null) return null;
  const index = indexBundle(bundle);
  const year = bundle.article.published.slice(0, 4);
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  let title: string | null = null;
  switch (selection.kind) {
    case 'entity':
      title = index.entities.get(selection.id)?.name ?? null;
      break;
    case 'relation': {
      const r = index.relations.get(selection.id);
      if (r) title = withDate(r.label, shortDate(r.when, year));
      break;
    }
    case 'event': {
      const e = index.events.get(selection.id);
      if (e) title = withDate(e.label, shortDate(e.when, year));
      break;
    }
    case 'leg': {
      const found = index.legs.get(selection.id);
      if (found) {
        const { leg, journey } = found;
        const traveller = index.entities.get(journey.traveler);
        const who = traveller ? shortName(traveller) : journey.traveler;
        const verb = leg.status === 'happened' ? 'travels' : 'to travel';
        title = withDate(
          `${who} ${verb} ${name(leg.from)} → ${name(leg.to)}`,
          shortDate(leg.when, year),
        );
      }
      break;
    }
    case 'block': {
      const i = bundle.article.blocks.findIndex((b) => b.id === selection.id);
      const block = bundle.article.blocks[i];
      if (block)
        title =
          block.kind === 'paragraph'
            ? passageTitle(bundle.article.text.slice(block.start, block.end))
            : `${block.kind[0]?.toUpperCase()}${block.kind.slice(1)} ${i + 1}`;
      break;
    }
    case 'passage':
      if (selection.end <= bundle.article.text.length)
        title = passageTitle(bundle.article.text.slice(selection.start, selection.end));
      break;
  }
  if (title === null || title.trim() === '') return null;
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_TITLE ? flat : `${flat.slice(0, MAX_TITLE - 1)}…`;
}
