import { useContext, useEffect, useId, useRef, useState } from 'react';
import { NavLink, UNSAFE_DataRouterContext, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../ui/useDismiss';

const NAV = [
  { to: '/', key: 'nav.overview', end: true },
  { to: '/timeline', key: 'nav.timeline', end: false },
  { to: '/map', key: 'nav.map', end: false },
  { to: '/themes', key: 'nav.themes', end: false },
  { to: '/month', key: 'nav.month', end: false },
  { to: '/records', key: 'nav.records', end: false },
  { to: '/import', key: 'nav.import', end: false },
  { to: '/vocabulary', key: 'nav.vocabulary', end: false },
  { to: '/briefing', key: 'nav.briefing', end: false },
] as const;

/**
 * The main navigation. On narrow screens (styles.css hides the links below 720 px) a "Menu" button folds it
 * away, so the header takes one line of a phone's height; on wider screens the button is not drawn at all.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  // The router itself (not its rendered state): its location is the one just navigated to, even while React is
  // still rendering that navigation. React Router offers no other way to read it.
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(wrap, open, () => setOpen(false), button);
  // A link followed closes the menu: the new page should be what the analyst sees, not the list of pages.
  useEffect(() => setOpen(false), [pathname]);
  return (
    // display: contents: the button and the links stay items of the header's flex row.
    <div ref={wrap} className="main-nav-wrap">
      <button
        ref={button}
        type="button"
        className="nav-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="menu-icon" />
        {t('nav.menu')}
      </button>
      <nav id={id} aria-label={t('nav.label')} className="main-nav" data-open={open}>
        {NAV.map((n) => (
          <NavLink
            key={n.to}
            to={{ pathname: n.to, search }}
            end={n.end}
            onClick={(e) => {
              // Navigations render in a transition: right after a filter changes (a heavy page may take a second to
              // draw it), the router already holds it while these links still carry the previous filters. Follow
              // the router's filters, so a click never drops the one just chosen.
              const live = router?.state.location.search ?? search;
              if (live === search || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey)
                return;
              e.preventDefault();
              void navigate({ pathname: n.to, search: live });
            }}
          >
            {t(n.key)}
          </NavLink>
        ))}
      </nav>
    </div>
  );
}
