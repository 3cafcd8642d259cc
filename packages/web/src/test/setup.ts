import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18next } from '../app/i18n';

// jsdom has no modal dialogs: enough of them for the components (open state, close event).
if (!('open' in HTMLDialogElement.prototype)) {
  Object.defineProperty(HTMLDialogElement.prototype, 'open', {
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
  });
}
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

beforeEach(async () => {
  localStorage.clear();
  await i18next.changeLanguage('fr');
});

afterEach(cleanup);
