/* The review page's one script (epistola preview), allowed by its hash in the page's
   Content-Security-Policy. The page works without it: it only adds the buttons and keys
   (n, p) that go to the next or previous letter to check, within the filters in force. */
/* global document, window */
;(function () {
  'use strict'
  document.documentElement.classList.add('js')

  function checked(id) {
    var box = document.getElementById(id)
    return Boolean(box && box.checked)
  }

  /** The frames to visit: those the filters show, or all that have messages or low confidence. */
  function targets() {
    var only = (checked('only-messages') ? '[data-messages]' : '') + (checked('only-low') ? '[data-low]' : '')
    return document.querySelectorAll(only ? 'main > ' + only : 'main > [data-messages], main > [data-low]')
  }

  /** Go to the first target below the bar at the top (step 1) or the last above it (-1). */
  function go(step) {
    var list = targets()
    var bar = document.querySelector('.controls')
    // Where the bar ends once it sticks to the top of the window.
    var edge = bar ? bar.offsetHeight : 0
    var low = 0
    var high = list.length
    // Frames are in document order, so their tops grow: a binary search finds the first below.
    while (low < high) {
      var middle = (low + high) >> 1
      if (list[middle].getBoundingClientRect().top > edge + 12) high = middle
      else low = middle + 1
    }
    var target = step > 0 ? list[low] : list[low - 1]
    // The one just gone to sits 8 pixels under the bar: going back skips it.
    if (step < 0 && target && target.getBoundingClientRect().top > edge + 4) target = list[low - 2]
    if (!target) return
    if (target.id) window.location.hash = target.id
    window.scrollBy(0, target.getBoundingClientRect().top - edge - 8)
  }

  document.addEventListener('click', function (event) {
    var button = event.target instanceof window.Element ? event.target.closest('[data-go]') : null
    if (button) go(Number(button.getAttribute('data-go')))
  })
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.target instanceof window.Element && event.target.closest('input, textarea, select, [contenteditable]')) return
    if (event.key === 'n') go(1)
    else if (event.key === 'p') go(-1)
  })
})()
