#!/usr/bin/env node
"use strict";var HN=Object.create;var mu=Object.defineProperty;var GN=Object.getOwnPropertyDescriptor;var zN=Object.getOwnPropertyNames;var jN=Object.getPrototypeOf,VN=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var ar=(t,e)=>{for(var r in e)mu(t,r,{get:e[r],enumerable:!0})},WN=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let s of zN(e))!VN.call(t,s)&&
s!==r&&mu(t,s,{get:()=>e[s],enumerable:!(o=GN(e,s))||o.enumerable});return t};var no=(t,e,r)=>(r=t!=null?HN(jN(t)):{},WN(e||!t||!t.__esModule?mu(r,"default",{value:t,enumerable:!0}):r,t));var Ta,ut,Ky=p(()=>{Ta={warningEmitted:!1},ut=t=>{if(t&&!Ta.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){Ta.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(Ta.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function H(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var Jy=p(()=>{});function $r(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var Xy=p(()=>{});var $k,pr,Yy=p(()=>{$k=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",pr=(t,e)=>{if($k()&&typeof t?.handle!="functi\
on")return e}});var Nn,Tu=p(()=>{Nn=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var ks,va,$s=p(()=>{Tu();ks=(t,e=0,r=t.byteLength-e)=>{if(!Nn(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},va=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Lk,Ee,Qy=p(()=>{$s();Lk=/^[A-Za-z0-9+/]*={0,2}$/,Ee=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Lk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=va(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var re,Aa=p(()=>{$s();re=t=>{let e=va(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,Zy=p(()=>{$s();Aa();pe=t=>{let e;if(typeof t=="string"?e=re(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return ks(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function eS(t,e,r,o){return class Ca extends Uint8Array{static fromString(n,i="utf-8"){if(typeof n=="string")return i==="base64"?Ca.mutate(o(n)):Ca.mutate(e(n));
throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`)}static mutate(n){return Object.setPrototypeOf(n,Ca.prototype),n}transformToString(n="\
utf-8"){return n==="base64"?r(this):t(this)}}}var tS=p(()=>{});var Z,rS=p(()=>{$s();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return ks(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function oS(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Xe[e[0]]+Xe[e[1]]+Xe[e[2]]+Xe[e[3]]+"-"+Xe[e[4]]+Xe[e[5]]+"-"+Xe[e[6]]+Xe[e[7]]+"-"+Xe[e[8]]+Xe[e[9]]+"-"+Xe[e[10]]+Xe[e[11]]+Xe[e[12]]+Xe[e[13]]+
Xe[e[14]]+Xe[e[15]]}}var Xe,sS=p(()=>{Xe=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var zo,nS=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(zo||(zo={}))});var Kr,iS=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Kr||(Kr={}))});var aS=p(()=>{iS()});var Tr,cS=p(()=>{Tr="__smithy_context"});var Lr,pS=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Lr||(Lr={}))});var Ur=p(()=>{nS();aS();cS();pS()});var te,lS=p(()=>{Ur();te=t=>t[Tr]||(t[Tr]={})});function b(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var vu=p(()=>{});function Uk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var z,dS=p(()=>{z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=Uk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var mt,uS=p(()=>{mt=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Fk,Fr,mS=p(()=>{Fk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Fr=(t,e=!1)=>{if(!e)return Fk.test(t);let r=t.split(".");for(let o of r)if(!Fr(o))return!1;
return!0}});function Au(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var fS=p(()=>{});var V,gS=p(()=>{V=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function hS(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,s=null]=r.split("=");o=decodeURIComponent(o),s&&(s=decodeURIComponent(s)),o in
e?Array.isArray(e[o])?e[o].push(s):e[o]=[e[o],s]:e[o]=s}return e}var yS=p(()=>{});var fe,Cu=p(()=>{yS();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:s,search:n}=t,i;return n&&(i=hS(n)),{hostname:e,
port:o?parseInt(o):void 0,protocol:s,path:r,query:i}}});var po,SS=p(()=>{vu();Cu();po=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)b(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var Y=p(()=>{lS();vu();dS();uS();mS();fS();gS();Cu();SS()});var bu,Mk,ES,Bk,xS,RS,_S,Hk,wS,IS,Gk,ba,Ls,TS,zk,jk,vS=p(()=>{bu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&jk.warn(zk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Mk=Math.ceil(2**127*(2-2**-23)),ES=t=>{let e=bu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Mk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Bk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},xS=
t=>_S(t,16),RS=t=>_S(t,8),_S=(t,e)=>{let r=Bk(t);if(r!==void 0&&Hk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Hk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},wS=t=>bu(typeof t=="string"?ba(t):t),IS=t=>ES(typeof t=="string"?
ba(t):t),Gk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ba=t=>{let e=t.match(Gk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Ls=t=>xS(typeof t=="string"?ba(t):t),TS=t=>RS(typeof t=="string"?ba(t):t),zk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),jk={warn:console.warn}});function jo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),s=t.getUTCDate(),n=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=s<10?`0${s}`:
`${s}`,l=n<10?`0${n}`:`${n}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${Vk[o]}, ${c} ${Ou[r]} ${e} ${l}:${d}:${u} GMT`}var Vk,Ou,Wk,Du,qk,Nu,Kk,Jk,Xk,
$n,ku,kn,Yk,Qk,Zk,Pu,e$,t$,r$,Mr,o$,s$,Us,AS=p(()=>{vS();Vk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Ou=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Wk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Du=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Wk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l]=e,d=Ls(Us(
o)),u=Mr(s,"month",1,12),m=Mr(n,"day",1,31);return kn(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},qk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Nu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=qk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l,d]=e,u=Ls(Us(o)),m=Mr(s,"month",1,12),f=Mr(n,"day",1,31),g=kn(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-s$(d)),g},Kk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Jk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Xk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
$n=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Kk.exec(t);if(e){let[r,o,s,n,i,a,c,
l]=e;return kn(Ls(Us(n)),Pu(s),Mr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Jk.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return Zk(kn(Yk(
n),Pu(s),Mr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Xk.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return kn(Ls(Us(l)),Pu(o),Mr(s.trimLeft(),
"day",1,31),{hours:n,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},ku=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=wS(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},kn=(t,e,r,o)=>{let s=e-1;return t$(t,s,r),new Date(Date.UTC(t,s,r,Mr(o.hours,"hour",0,23),Mr(o.minutes,"\
minute",0,59),Mr(o.seconds,"seconds",0,60),o$(o.fractionalMilliseconds)))},Yk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Ls(Us(t));return r<e?
r+100:r},Qk=50*365*24*60*60*1e3,Zk=t=>t.getTime()-new Date().getTime()>Qk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Pu=t=>{let e=Ou.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},e$=[31,28,
31,30,31,30,31,31,30,31,30,31],t$=(t,e,r)=>{let o=e$[e];if(e===1&&r$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Ou[e]} in ${t}: ${r}`)},r$=t=>t%4===0&&
(t%100!==0||t%400===0),Mr=(t,e,r,o)=>{let s=TS(Us(t));if(s<r||s>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return s},o$=t=>t==null?0:
IS("0."+t)*1e3,s$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),s=Number(t.substring(4,6));return r*(o*60+s)*60*1e3},Us=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var ft,CS=p(()=>{ft=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};ft.from=t=>t&&typeof t=="object"&&(t instanceof ft||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?ft(String(t)):
ft(JSON.stringify(t));ft.fromObject=ft.from});function $u(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var bS=p(()=>{});function Jr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Lu,Uu,Fu,PS,OS,n$,i$,a$,c$,p$,l$,Mu,Bu,Hu,DS=p(()=>{Lu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Uu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Fu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",PS="(\
\\d?\\d)",OS="(\\d{4})",n$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),i$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
a$=new RegExp(`^${Lu}, ${PS} ${Uu} ${OS} ${Fu} GMT$`),c$=new RegExp(`^${Lu}, ${PS}-${Uu}-(\\d\\d) ${Fu} GMT$`),p$=new RegExp(`^${Lu} ${Uu} ( [1-9]|\\d\\d) ${Fu}\
 ${OS}$`),l$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Mu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Bu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=n$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,s,n,i,a,,c,l]=e;Jr(o,1,12),Jr(s,1,31),Jr(n,0,23),Jr(i,0,59),Jr(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(s),Number(n),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},Hu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(i$.test(t))return new Date(t);let e,r,o,s,n,i,a,c;if((c=a$.exec(t))?[,e,r,o,s,n,i,a]=c:(c=c$.exec(t))?([,e,r,o,s,n,i,a]=
c,o=(Number(o)+1900).toString()):(c=p$.exec(t))&&([,r,e,s,n,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),l$.indexOf(r),Number(e),Number(s),Number(n),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Jr(e,1,31),Jr(s,0,23),Jr(n,0,59),Jr(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Gu(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let s=[],
n="";for(let i=0;i<o.length;i++)n===""?n=o[i]:n+=e+o[i],(i+1)%r===0&&(s.push(n),n="");return n!==""&&s.push(n),s}var NS=p(()=>{});var Ln,kS=p(()=>{Ln=t=>{let e=t.length,r=[],o=!1,s=!1,n=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':s||(o=!o);break;case",":o||(r.push(t.slice(n,i)),n=i+
1);break;default:}s=a==="\\"&&!s}return r.push(t.slice(n)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var $S,Ie,LS=p(()=>{$S=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Ie=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!$S.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&$S.test(r.string)}}});function Un(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in zu)e[r/2]=zu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function le(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=US[t[r]];return e}var US,zu,ju=p(()=>{US={},zu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),US[t]=e,zu[e]=t}});var Fs,gt,FS=p(()=>{Fs=require("node:fs"),gt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Fs.ReadStream){if(t.path!=null)
return(0,Fs.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Fs.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var lr,MS=p(()=>{Aa();lr=t=>t instanceof Uint8Array?t:typeof t=="string"?re(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function Pa(t,e){if(e===void 0){e=0;for(let s of t)e+=s.byteLength}let r=new Uint8Array(e),o=0;for(let s of t)r.set(s,o),o+=s.byteLength;return r}var Vu=p(()=>{});var Ye,Fn=p(()=>{Ye=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,s=!0;typeof r=="boolean"?(o=void 0,s=r):r!=null&&typeof r==
"object"&&(o=r.logger,s=r.tryNextLink??!0),super(e),this.tryNextLink=s,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${s?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var w,Oa=p(()=>{Fn();w=class t extends Ye{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var dr,BS=p(()=>{Fn();dr=class t extends Ye{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Vo,Wu=p(()=>{Fn();Vo=(...t)=>async()=>{if(t.length===0)throw new Ye("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var HS,GS=p(()=>{HS=t=>()=>Promise.resolve(t)});var Da,qu=p(()=>{Da=(t,e,r)=>{let o,s,n,i=!1,a=async()=>{s||(s=t());try{o=await s,n=!0,i=!1}finally{s=void 0}return o};return e===void 0?async c=>((!n||c?.forceRefresh)&&
(o=await a()),o):async c=>((!n||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var ur,Na=p(()=>{ur=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var ht,ka=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(ht||(ht={}))});var zS,jS,Ku,d$,lo,Mn=p(()=>{zS=require("node:os"),jS=require("node:path"),Ku={},d$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",lo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${jS.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let s=d$();return Ku[s]||(Ku[s]=(0,zS.homedir)()),
Ku[s]}});var $a,VS,yt,Ju=p(()=>{$a="AWS_PROFILE",VS="default",yt=t=>t.profile||process.env[$a]||VS});var WS,qS,Bn,Xu=p(()=>{WS=require("node:crypto"),qS=require("node:path");Mn();Bn=t=>{let r=(0,WS.createHash)("sha1").update(t).digest("hex");return(0,qS.join)(lo(),
".aws","sso","cache",`${r}.json`)}});var KS,Hn,Gn,Yu=p(()=>{KS=require("node:fs/promises");Xu();Hn={},Gn=async t=>{if(Hn[t])return Hn[t];let e=Bn(t),r=await(0,KS.readFile)(e,"utf8");return JSON.parse(
r)}});var JS,XS=p(()=>{Ur();JS=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Lr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let s=r.indexOf("."),n=r.substring(0,s)===Lr.PROFILE?r.substring(s+1):r;return e[n]=o,e},{...t.default&&{default:t.default}})});var YS,u$,La,Qu=p(()=>{YS=require("node:path");Mn();u$="AWS_CONFIG_FILE",La=()=>process.env[u$]||(0,YS.join)(lo(),".aws","config")});var QS,m$,ZS,eE=p(()=>{QS=require("node:path");Mn();m$="AWS_SHARED_CREDENTIALS_FILE",ZS=()=>process.env[m$]||(0,QS.join)(lo(),".aws","credentials")});var f$,g$,zn,Zu=p(()=>{Ur();f$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,g$=["__proto__","profile __proto__"],zn=t=>{let e={},r,o;for(let s of t.split(/\r?\n/)){let n=s.
split(/(^|\s)[;#]/)[0].trim();if(n[0]==="["&&n[n.length-1]==="]"){r=void 0,o=void 0;let a=n.substring(1,n.length-1),c=f$.exec(a);if(c){let[,l,,d]=c;Object.values(
Lr).includes(l)&&(r=[l,d].join("."))}else r=a;if(g$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=n.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[n.substring(0,a).trim(),n.substring(a+1).trim()];if(l==="")o=c;else{o&&s.trimStart()===s&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var tE,em,jn,Vn,Ua=p(()=>{tE=require("node:fs/promises"),em={},jn={},Vn=(t,e)=>jn[t]!==void 0?jn[t]:((!em[t]||e?.ignoreCache)&&(em[t]=(0,tE.readFile)(t,"utf8")),
em[t])});var tm,rE,Fa,rm=p(()=>{tm=require("node:path");XS();Qu();eE();Mn();Zu();Ua();rE=()=>({}),Fa=async(t={})=>{let{filepath:e=ZS(),configFilepath:r=La()}=t,o=lo(),s="\
~/",n=e;e.startsWith(s)&&(n=(0,tm.join)(o,e.slice(2)));let i=r;r.startsWith(s)&&(i=(0,tm.join)(o,r.slice(2)));let a=await Promise.all([Vn(i,{ignoreCache:t.ignoreCache}).
then(zn).then(JS).catch(rE),Vn(n,{ignoreCache:t.ignoreCache}).then(zn).catch(rE)]);return{configFile:a[0],credentialsFile:a[1]}}});var oE,sE=p(()=>{Ur();oE=t=>Object.entries(t).filter(([e])=>e.startsWith(Lr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var h$,Wn,nE=p(()=>{Qu();sE();Zu();Ua();h$=()=>({}),Wn=async(t={})=>Vn(t.configFilepath??La()).then(zn).then(oE).catch(h$)});var iE,aE=p(()=>{iE=(...t)=>{let e={};for(let r of t)for(let[o,s]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],s):e[o]=s;return e}});var vr,cE=p(()=>{rm();aE();vr=async t=>{let e=await Fa(t);return iE(e.configFile,e.credentialsFile)}});var qn,pE=p(()=>{Yu();Ua();qn={getFileRecord(){return jn},interceptFile(t,e){jn[t]=Promise.resolve(e)},getTokenRecord(){return Hn},interceptToken(t,e){Hn[t]=e}}});function Ma(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var om=p(()=>{});var lE,dE=p(()=>{Oa();om();lE=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new w(r.message||`Not found in E\
NV: ${Ma(t.toString())}`,{logger:e?.logger})}}});var uE,mE=p(()=>{Oa();Ju();rm();om();uE=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=yt(r),{configFile:s,credentialsFile:n}=await Fa(r),i=n[o]||{},a=s[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?s:n);if(d===void 0)throw new Error;return d}catch(l){throw new w(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Ma(t.toString())}`,{logger:r.logger})}}});var y$,fE,gE=p(()=>{GS();y$=t=>typeof t=="function",fE=t=>y$(t)?async()=>await t():HS(t)});var _,sm=p(()=>{Wu();qu();dE();mE();gE();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:s,logger:n}=o;return Da(Vo(lE(
t,{signingName:s,logger:n}),uE(e,o),fE(r)))}});var hE,yE,St,SE=p(()=>{Na();ka();hE="AWS_USE_DUALSTACK_ENDPOINT",yE="use_dualstack_endpoint",St={environmentVariableSelector:t=>ur(t,hE,ht.ENV),configFileSelector:t=>ur(
t,yE,ht.CONFIG),default:!1}});var EE,xE,Et,RE=p(()=>{Na();ka();EE="AWS_USE_FIPS_ENDPOINT",xE="use_fips_endpoint",Et={environmentVariableSelector:t=>ur(t,EE,ht.ENV),configFileSelector:t=>ur(t,
xE,ht.CONFIG),default:!1}});var qo,uo,Ms,_E,wE,nm=p(()=>{qo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},uo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Ms=()=>{let t=[],e=[],r=!1,o=new Set,s=u=>u.sort((m,f)=>_E[f.step]-_E[m.step]||wE[f.priority||"normal"]-wE[m.priority||"normal"]),n=u=>{let m=!1,
f=g=>{let y=qo(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of qo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let E of qo(S.name,S.aliases))g[E]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let E of qo(S.name,S.aliases))g[E]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${uo(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),s(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},S=qo(f,y);if(S.length>0){if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${uo(f,y)}'`);for(let E of S){
let T=t.findIndex(I=>I.name===E||I.aliases?.some(M=>M===E));if(T===-1)continue;let R=t[T];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${uo(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${uo(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(T,1)}}for(let E of S)o.add(E)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},S=qo(f,y);if(S.length>0){
if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${uo(f,y)}'`);for(let E of S){let T=e.findIndex(I=>I.name===E||I.aliases?.some(M=>M===
E));if(T===-1)continue;let R=e[T];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${uo(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${uo(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(T,1)}}for(let E of S)o.
add(E)}e.push(h)},clone:()=>a(Ms()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?n(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(u)){let E=qo(h,S);for(let T of E)o.delete(T);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(Ms());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return uo(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},_E={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},wE={high:3,normal:2,low:1}});var Re,IE=p(()=>{nm();Re=class{config;middlewareStack=Ms();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let s=typeof r!="function"?r:void 0,n=typeof r=="function"?r:o,i=s===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
s),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,s);if(n)a(e).then(c=>n(null,c.output),c=>n(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Xr,im=p(()=>{Xr=t=>typeof t=="function"?t():t});var Ba,am=p(()=>{Ba=(t,e,r,o,s)=>({name:e,namespace:t,traits:r,input:o,output:s})});var TE,cm,vE=p(()=>{Y();am();TE=t=>(e,r)=>async o=>{let{response:s}=await e(o),{operationSchema:n}=te(r),[,i,a,c,l,d]=n??[];try{let u=await t.protocol.deserializeResponse(
Ba(i,a,c,l,d),{...t,...r},s);return{response:s,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:s,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(mt.isInstance(s)){let{headers:f={},statusCode:g}=s,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:cm(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:cm(/^x-[\w-]+-id-2$/,y),cfId:cm(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},cm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var AE,CE=p(()=>{Y();am();AE=t=>(e,r)=>async o=>{let{operationSchema:s}=te(r),[,n,i,a,c,l]=s??[],d=r.endpointV2?async()=>po(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Ba(n,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function xt(t){return{applyToStack:e=>{e.add(AE(t),PE),e.add(TE(t),bE),t.protocol.setSerdeContext(t)}}}var bE,PE,OE=p(()=>{vE();CE();bE={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},PE={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function mo(t){if(typeof t=="object")return t;if(t=t|0,Ha[t])return Ha[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ha[t]=e}var Ha,pm=p(()=>{Ha=[]});function Jn(t,e){if(t instanceof B)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=B;return new r(t,e)}var Kn,Ga,za,B,lm,DE,NE=p(()=>{im();pm();
Kn={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Ga=[],za={},B=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],s=e,n=e;for(this._isMemberSchema=!1;lm(s);)o.push(s[1]),s=s[0],n=Xr(s),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,mo(a))}}else this.memberTraits=0;if(n instanceof t){let i=this.memberTraits;Object.
assign(this,n),this.memberTraits=Object.assign({},i,n.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??n.memberName;return}
if(this.schema=Xr(n),DE(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(n),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Ga[e])return Ga[e]}else if(typeof e=="string"){if(za[e])return za[e]}else if(r&&e[Kn.ns])return e[Kn.ns];let o=Xr(e);if(o instanceof
t)return o;if(lm(o)){let[n,i]=o;if(n instanceof t)return Object.assign(n.getMergedTraits(),mo(i)),n;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let s=new t(o);return r?e[Kn.ns]=s:typeof o=="string"?za[o]=s:typeof o=="number"?Ga[o]=s:s}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return mo(this.memberTraits)}getOwnTraits(){return mo(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),s=e?15:o[4]??0;return Jn([s,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,s]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],n=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||s)?e[3+e[0]]:r?15:void 0;
if(n!=null)return Jn([n,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),s=r[5][o];return Jn(lm(s)?s:[s,0],e)}if(this.isDocumentSchema())return Jn([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Kn.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let s=0;s<r;++s){let n=e[4][s],i=Jn([e[5][s],0],n);yield o[s]=[n,i]}e[Kn.it]=o}};lm=t=>Array.isArray(t)&&t.length===
2,DE=t=>Array.isArray(t)&&t.length>=5});var K,kE=p(()=>{K=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[s,n]of e.
schemas)r.has(s)||r.set(s,n);for(let[s,n]of e.exceptions)o.has(s)||o.set(s,n)}register(e,r){let o=this.normalizeShapeId(e);for(let s of[this,t.for(o.split("#")[0])])
s.schemas.has(o)||s.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,s=[];for(let[n,i]of this.
schemas.entries())n.endsWith(o)&&s.push(i);if(s.length===1)return s[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,s=o[1],n=s+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=n);for(let i of[this,t.for(s)])!i.schemas.has(n)&&!i.exceptions.has(
o)&&(i.schemas.set(n,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,s=r+"#"+o;if(s.startsWith("smithy.ts.sdk.synthetic.")&&s.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Q=p(()=>{im();OE();NE();pm();kE()});function Bs(t,e){if(e==null)return e;let r=B.of(t);if(r.getMergedTraits().sensitive)return dm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return dm;if(Array.isArray(e))return e.map(s=>Bs(o,s))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return dm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([s,n])=>[s,Bs(o,n)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,s={};for(let[n,i]of r.structIterator())o[n]!=null&&(s[n]=Bs(i,o[n]));return s}return e}var dm,$E=p(()=>{Q();dm="***SensitiveInformat\
ion***"});var LE,Er,um,mm=p(()=>{Ur();nm();$E();Q();LE=Symbol.for("@smithy/op-event-stream"),Er=class{middlewareStack=Ms();schema;static classBuilder(){return new um}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:s,clientName:n,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let I of s.
bind(this)(u,e,r,o))this.middlewareStack.use(I);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[Tr],y={logger:f,clientName:n,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[Tr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let E,T=this.schema,R=T?.[LE];if(R!==void 0)
E=R;else if(T&&Array.isArray(T)&&T[0]===9){let[,,,,I,M]=T;E=T[LE]=!!(B.of(I).getEventStreamMember()||B.of(M).getEventStreamMember())}return E&&(S={isEventStream:E,
...S}),m.resolve(I=>h.handle(I.request,S),y)}},um=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends Er{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,s,n){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,s,
n,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Bs.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Bs.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Yr,UE=p(()=>{Yr=(t,e,r)=>{for(let[n,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(n[0].toLowerCase()+
n.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:s={}}=r??{};for(let[n,i]of Object.entries(o))e.prototype[n]===void 0&&(e.prototype[n]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[n,i]of Object.entries(s))e.prototype[n]===void 0&&(e.prototype[n]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var $e,ja,FE=p(()=>{$e=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,s=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(s=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&s)return!1;let n=this.name;if(n&&n.length>=6){if(r.
name===n)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===n)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},ja=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,s])=>{(t[o]==null||t[o]==="")&&(t[o]=s)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Rt,ME=p(()=>{Rt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var BE,_t,HE=p(()=>{BE=!1,_t=t=>{t&&!BE&&parseInt(t.substring(1,t.indexOf(".")))<16&&(BE=!0)}});var GE,zE,jE,VE=p(()=>{Y();Ur();GE=Object.values(Kr),zE=t=>{let e=[];for(let r in Kr){if(!b(Kr,r))continue;let o=Kr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),s=r.checksumConstructor();GE.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=s:t.checksumAlgorithms[o]=
s,e.push(r)},checksumAlgorithms(){return e}}},jE=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();GE.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var WE,qE,KE=p(()=>{WE=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),qE=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var wt,It,JE=p(()=>{VE();KE();wt=t=>Object.assign(zE(t),WE(t)),It=t=>Object.assign(jE(t),qE(t))});var Va,XE=p(()=>{Y();Va=t=>{let e="#text";for(let r in t)b(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Va(t[r])));return t}});var xe,YE=p(()=>{xe=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Tt(t,e,r,o){return function(n,i,a,c,l={}){let d=Object.assign({},t,n);return Er.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var QE=p(()=>{mm()});var v=p(()=>{Y();Y();IE();mm();UE();ME();HE();FE();JE();XE();YE();QE()});var ZE,fm,gm,ex,tx,rx,ox,sx,nx,hm=p(()=>{ZE="AWS_EXECUTION_ENV",fm="AWS_REGION",gm="AWS_DEFAULT_REGION",ex="AWS_EC2_METADATA_DISABLED",tx=["in-region","cross-re\
gion","mobile","standard","legacy"],rx="/latest/meta-data/placement/region",ox="/latest/api/token",sx="x-aws-ec2-metadata-token",nx="x-aws-ec2-metadata-token-tt\
l-seconds"});var ix,S$,px,Wa,ax,E$,cx,ym=p(()=>{hm();ix=1e3,S$=6e4,px=0,Wa=async()=>{if(!process.env[ex]&&!(Date.now()<px))try{let t=E$(),e=(await cx({...t,path:ox,method:"P\
UT",headers:{[nx]:"21600"}})).toString();return(await cx({...t,path:rx,method:"GET",headers:{[sx]:e}})).toString().trim()||ax()}catch{return ax()}},ax=()=>{px=Date.
now()+S$},E$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},cx=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let s=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:ix,signal:AbortSignal.timeout(ix)});s.
on("error",n=>{o(n),s.destroy()}),s.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",n=>{let{statusCode:i=400}=n;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),s.destroy();return}let a=[];n.on("data",c=>a.
push(c)),n.on("end",()=>{r(Buffer.concat(a)),s.destroy()})}),s.end()})}});var lx,dx,Te,Le,Sm=p(()=>{ym();lx="AWS_REGION",dx="region",Te={environmentVariableSelector:t=>t[lx],configFileSelector:t=>t[dx],default:async()=>{let t=await Wa();
if(t)return t;throw new Error("Region is missing")}},Le={preferredFile:"credentials"}});var ux,mx,fx=p(()=>{Y();ux=new Set,mx=(t,e=Fr)=>{if(!ux.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else ux.add(t)}});var qa,Em=p(()=>{qa=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var gx,hx=p(()=>{Em();gx=t=>qa(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var vt,yx=p(()=>{fx();hx();Em();vt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,s=gx(o);return mx(s),s},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return qa(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var x$,R$,Sx,Ex=p(()=>{x$="AWS_DEFAULTS_MODE",R$="defaults_mode",Sx={environmentVariableSelector:t=>t[x$],configFileSelector:t=>t[R$],default:"legacy"}});var At,_$,w$,xx=p(()=>{Sm();ym();sm();qu();hm();Ex();At=({region:t=_(Te),defaultsMode:e=_(Sx)}={})=>Da(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return _$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${tx.join(", ")}, got ${r}`)}}),_$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await w$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},w$=async()=>process.env[ZE]&&(process.env[fm]||process.
env[gm])?process.env[fm]??process.env[gm]:Wa()});var L=p(()=>{Fn();Oa();BS();Wu();Na();ka();Ju();Xu();Yu();nE();cE();pE();sm();SE();RE();Sm();yx();xx()});var Rx,_x,wx,Ix=p(()=>{Rx="AWS_ENDPOINT_URL",_x="endpoint_url",wx=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(n=>n.toUpperCase()),o=e[[Rx,...r].
join("_")];if(o)return o;let s=e[Rx];if(s)return s},configFileSelector:(e,r)=>{if(e.services){let s=["services",e.services].join(".");if(!r||!r[s])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let n=r[s],i=t.split(" ").map(c=>c.toLowerCase()),
a=n[[i.join("_"),_x].join(".")];if(a)return a}let o=e[_x];if(o)return o},default:void 0})});var I$,T$,Tx,vx=p(()=>{L();I$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",T$="ignore_configured_endpoint_urls",Tx={environmentVariableSelector:t=>ur(t,I$,ht.ENV),configFileSelector:t=>ur(
t,T$,ht.CONFIG),default:!1}});var Xn,Ax=p(()=>{L();Ix();vx();Xn=async t=>{if(!await _(Tx)())return _(wx(t??""))()}});var xm,v$,A$,C$,Cx,bx,Px=p(()=>{xm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),bx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!Cx(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},v$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,A$=/(\d+\.){3}\d+/,C$=/\.\./,Cx=t=>v$.test(t)&&!A$.test(t)&&!C$.test(t),bx=t=>{let[e,r,o,,,s]=t.split(":"),n=e===
"arn"&&t.split(":").length>=6,i=!!(n&&r&&o&&s);if(n&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var Ox=p(()=>{Px()});var Dx,Nx=p(()=>{Dx=(t,e,r,o=!1)=>{let s=async()=>{let n;return o?n=r.clientContextParams?.[t]??r[t]??r[e]:n=r[t]??r[e],typeof n=="function"?n():n};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.credentialScope??n?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.accountId??n?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let n=await s();if(n&&typeof n=="object"){if("url"in n)return n.url.href;if("hostname"in n){
let{protocol:i,hostname:a,port:c,path:l}=n;return`${i}//${a}${c?":"+c:""}${l}`}}return n}:s}});var Rm=p(()=>{Y()});function Ka(t){return async(e,r,o,s)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(po(a)),o.isCustomEndpoint=!0,s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let n=await Hs(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(n,s);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Hs,Ja=p(()=>{Ox();Nx();Rm();Hs=async(t,e,r)=>{let o={},s=e?.getEndpointParameterInstructions?.()||{};for(let[n,i]of Object.entries(s))switch(i.type){case"\
staticContextParams":o[n]=i.value;break;case"contextParams":o[n]=t[i.name];break;case"clientContextParams":case"builtInParams":o[n]=await Dx(i.name,n,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[n]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(s).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await xm(o),o}});function b$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Xa(t){let e=Ka(t);return({config:r,instructions:o})=>(s,n)=>async i=>{r.isCustomEndpoint&&b$(n,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},n);n.endpointV2=a,n.authSchemes=a.properties?.authSchemes;let c=n.authSchemes?.[0];if(c){n.signing_region=c.signingRegion,n.signing_service=c.
signingName;let d=te(n)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return s({...i})}}var _m=p(()=>{Y();Ja()});function kx(t){let e=Xa(t);return(r,o)=>({applyToStack:s=>{s.addRelativeTo(e({config:r,instructions:o}),O$)}})}var P$,O$,$x=p(()=>{_m();P$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},O$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:P$.name}});function Lx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:s,useFipsEndpoint:n}=e,i=o!=null?async()=>po(await V(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:V(s??!1),useFipsEndpoint:V(n??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var Ux=p(()=>{Y();Rm()});var Ue,Fx=p(()=>{Ue=class t{nodes;root;conditions;results;constructor(e,r,o,s){this.nodes=e,this.root=r,this.conditions=o,this.results=s}static from(e,r,o,s){return new t(
e,r,o,s)}}});var Fe,Mx=p(()=>{Fe=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let s=this.data.keys(),n=0;for(;;){let{value:i,done:a}=s.next();if(this.data.delete(
i),a||++n>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let s of o){
let n=e[s],i=n==null?"\0":String(n);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ge,Bx=p(()=>{ge=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Qr=p(()=>{Bx()});var wm,Hx=p(()=>{wm="endpoints"});function Gs(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Gs(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Gs).join(", ")})`:JSON.stringify(t,null,2)}var Gx=p(
()=>{});var zx=p(()=>{Hx();Gx()});var ve,Im=p(()=>{ve={}});var Tm,jx=p(()=>{Tm=(t,e)=>t===e});function vm(...t){for(let e of t)if(e!=null)return e}var Vx=p(()=>{});var Wx,qx=p(()=>{Qr();Wx=t=>{let e=t.split("."),r=[];for(let o of e){let s=o.indexOf("[");if(s!==-1){if(o.indexOf("]")!==o.length-1)throw new ge(`Path: '${t}' d\
oes not end with ']'`);let n=o.slice(s+1,-1);if(Number.isNaN(parseInt(n)))throw new ge(`Invalid array index: '${n}' in path: '${t}'`);s!==0&&r.push(o.slice(0,s)),
r.push(n)}else r.push(o)}return r}});var Yn,Kx=p(()=>{Qr();qx();Yn=(t,e)=>Wx(e).reduce((r,o)=>{if(typeof r!="object")throw new ge(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let s=parseInt(o);return r[s<0?r.length+s:s]}return r[o]},t)});var Am,Jx=p(()=>{Am=t=>t!=null});function Cm(t,e,r){return t?e:r}var Xx=p(()=>{});var bm,Yx=p(()=>{bm=t=>!t});var D$,zs,Pm=p(()=>{D$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),zs=t=>D$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Om,Dm,Qx=p(()=>{Ur();Pm();Om={[zo.HTTP]:80,[zo.HTTPS]:443},Dm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([E,T])=>`${E}=${T}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:s,
pathname:n,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(zo).includes(c))return null;let l=zs(s),d=r.includes(`${o}:${Om[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Om[c]}`),u=`${o}${d?`:${Om[c]}`:""}`;return{scheme:c,authority:u,path:n,normalizedPath:n.endsWith("/")?n:`${n}/`,isIp:l}}});function Nm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var Zx=p(()=>{});var km,eR=p(()=>{km=(t,e)=>t===e});var $m,tR=p(()=>{$m=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Lm,rR=p(()=>{Lm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Um=p(()=>{jx();Vx();Kx();Jx();Y();Xx();Yx();Qx();Zx();eR();tR();rR()});var oR,sR=p(()=>{Um();oR={booleanEquals:Tm,coalesce:vm,getAttr:Yn,isSet:Am,isValidHostLabel:Fr,ite:Cm,not:bm,parseURL:Dm,split:Nm,stringEquals:km,substring:$m,uriEncode:Lm}});var Ya,Fm=p(()=>{Um();Ya=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:s}=e,n=0;for(;n<t.length;){let i=t.indexOf("{",n);if(i===-1){r.push(t.slice(n));break}
r.push(t.slice(n,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),n=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(Yn(o[l]??s[l],d))}else r.push(o[c]??s[c]);n=a+1}return r.join("")}});var nR,iR=p(()=>{nR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Ko,Qa,aR,Qn=p(()=>{Qr();Im();sR();Fm();iR();Ko=(t,e,r)=>{if(typeof t=="string")return Ya(t,r);if(t.fn)return aR.callFunction(t,r);if(t.ref)return nR(t,r);throw new ge(
`'${e}': ${String(t)} is not a string, function or reference.`)},Qa=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=aR.evaluateExpression(a,"arg",r)}let s=t.indexOf(".");if(s!==-1){let a=ve[t.slice(0,s)]?.[t.slice(s+1)];if(typeof a=="f\
unction")return a(...o)}let n=oR[t];if(typeof n=="function")return n(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},aR={evaluateExpression:Ko,
callFunction:Qa}});var cR=p(()=>{Qn()});var pR,lR=p(()=>{zx();Qr();cR();pR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ge(`'${r}' is already defined in Reference Record.`);let o=Qa(
t,e);e.logger?.debug?.(`${wm} evaluateCondition: ${Gs(t)} = ${Gs(o)}`);let s=o===""?!0:!!o;return r!=null?{result:s,toAssign:{name:r,value:o}}:{result:s}}});var dR,uR=p(()=>{Qr();Qn();dR=(t,e)=>Object.entries(t??{}).reduce((r,[o,s])=>(r[o]=s.map(n=>{let i=Ko(n,"Header value entry",e);if(typeof i!="string")throw new ge(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Mm,mR,fR,gR=p(()=>{Qr();Fm();Mm=(t,e)=>Object.entries(t).reduce((r,[o,s])=>(r[o]=fR.getEndpointProperty(s,e),r),{}),mR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>mR(r,e));switch(typeof t){case"string":return Ya(t,e);case"object":if(t===null)throw new ge(`Unexpected endpoint property: ${t}`);return fR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ge(`Unexpected endpoint property type: ${typeof t}`)}},fR={getEndpointProperty:mR,getEndpointProperties:Mm}});var hR,yR=p(()=>{Qr();Qn();hR=(t,e)=>{let r=Ko(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ge(`Endpoint URL must be a string, got ${typeof r}`)}});var Bm,Ct,SR=p(()=>{Qr();lR();Qn();uR();gR();yR();Bm=1e8,Ct=(t,e)=>{let{nodes:r,root:o,results:s,conditions:n}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Bm;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=n[d],h=pR({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:E}=h.toAssign;a[S]=E}i=i>=0===h.result?u:m}if(i>=Bm){let l=s[i-Bm];if(l[0]===-1){let[,f]=l;throw new ge(Ko(f,"Error",c))}let[d,u,m]=l;
return{url:hR(d,c),properties:Mm(u,c),headers:dR(m??{},c)}}throw new ge("No matching endpoint.")}});var w7,Xt,I7,Yt,j=p(()=>{Ax();Ja();_m();$x();Ux();Fx();Mx();SR();Pm();Y();Im();Ja();w7=Ka(Xn),Xt=Lx(Xn),I7=Xa(Xn),Yt=kx(Xn)});var Zn,Za,ec=p(()=>{Zn=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Za=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var ER,xR=p(()=>{ER=t=>new TextEncoder().encode(t)});var RR,$7,_R,tc,Hm,wR,IR=p(()=>{RR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",$7=Object.entries(RR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),_R=RR.split(""),tc=6,Hm=8,wR=63});function TR(t){let e;typeof t=="string"?e=ER(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let s="";for(let n=0;n<e.length;n+=
3){let i=0,a=0;for(let l=n,d=Math.min(n+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Hm,a+=Hm;let c=Math.ceil(a/tc);i<<=c*tc-a;for(let l=1;l<=c;l++){let d=(c-l)*tc;s+=_R[(i&
wR<<d)>>d]}s+="==".slice(0,4-c)}return s}var vR=p(()=>{xR();IR()});var AR,CR=p(()=>{AR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Gm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function zm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:s,value:n}=await r.read();
if(n&&(e.push(n),o+=n.length),s)break}return Pa(e,o)}var bR,jm=p(()=>{Vu();ec();bR=async t=>Za(t)?Gm(t):zm(t)});var PR,DR,OR,NR=p(()=>{vR();ju();CR();jm();ec();PR="The stream has already been transformed.",DR=t=>{if(!OR(t)&&!Zn(t)){let s=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${s}`)}let e=!1,r=async()=>{if(e)throw new Error(PR);return e=!0,await bR(
t)},o=s=>{if(typeof s.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return s.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async s=>{let n=await r();if(s==="base64")return TR(n);if(s==="hex")return le(n);if(s===void 0||s==="utf8"||s===
"utf-8")return AR(n);if(typeof TextDecoder=="function")return new TextDecoder(s).decode(n);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(PR);if(e=!0,OR(t))return o(t);if(Zn(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},OR=t=>typeof Blob=="function"&&t instanceof Blob});var kR,be,Vm,Wm=p(()=>{kR=require("node:stream");Vu();jm();ec();be=t=>Za(t)?Gm(t):Zn(t)?zm(t):new Promise((e,r)=>{let o=new Vm,s=t;s.pipe(o),s.on("error",n=>{o.
end(),r(n)}),o.on("error",r),o.on("finish",function(){let n=Pa(this.bufferedBytes);e(n)})}),Vm=class extends kR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var rc,$R,ei,LR=p(()=>{rc=require("node:stream");$s();NR();Wm();$R="The stream has already been transformed.",ei=t=>{if(!(t instanceof rc.Readable))try{return DR(
t)}catch{let s=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${s}`)}let e=!1,r=async()=>{
if(e)throw new Error($R);return e=!0,await be(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let s=await r();return o===void 0||
Buffer.isEncoding(o)?ks(s.buffer,s.byteOffset,s.byteLength).toString(o):new TextDecoder(o).decode(s)},transformToWebStream:()=>{if(e)throw new Error($R);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof rc.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,rc.Readable.toWeb(t)}})}});function Zr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var UR=p(()=>{});var FR,js,N$,qm,Vs,O=p(()=>{FR=require("node:crypto");Qy();Zy();tS();Aa();rS();sS();AS();CS();bS();DS();NS();kS();LS();ju();FS();MS();Tu();LR();Wm();Y();UR();js=
class extends eS(Z,re,pe,Ee){},N$=FR.getRandomValues,qm=oS(N$),Vs=qm});var Qe,Ws=p(()=>{O();Qe=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return js.mutate(t);if(!t)return js.mutate(new Uint8Array);let r=e.streamCollector(
t);return js.mutate(await r)}});function Jo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Km=p(
()=>{});var BR,Me,k$,$$,L$,U$,oc,MR,Xo=p(()=>{Q();O();BR=Symbol.for("@smithy/schema-x"),Me=class t extends B{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=B.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
s=typeof o=="object"&&o!==null?o:r;return s[BR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let s=this.getSchema(),n=typeof s=="number"?s&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||n===42?this.isStructSchema()?2:1:0,l=n>=4&&n<=7?
i>=6?2:i>0&&i<4?1:0:0,d=n|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof s!="object"?1:0)<<18,u=n&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?U$:this.bindings??=k$(this)}},k$=t=>{let e=[],r=[],o=[],s=[],n=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:n,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=Me.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),E=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,T=y.getHttpBindingValue(S,h),R=[f,T,S,E];f==="__proto__"&&Zr(i),i[f]=R,T[1]>>10&
1&&(u.hasIdempotency=!0),n.push(R);let I=S&7;if(I===0&&(o.push(f),s.push(g)),(I&4)===0)e.push(f),r.push(g);else if((I&6)===4)if(I&1)l.statusCode=R;else{l.payload=
R;let M=T[1]&255;u.contentTypeInstruction=h.mediaType??(M===0?"text/plain":M===21||M===42?"application/octet-stream":null)}else I&1?(u.hasPrefixHeaders=!0,c.push(
R)):(E==="__proto__"&&Zr(a),a[E]=R)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=MR(t,o,s),m.syntheticBodySchema=
MR(t,e,r),d},$$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},L$=t=>{let{http:e,endpoint:r}=mo(t.traits??{}),[o,s]=e?.[1].split("?")??[];return[
e?.[0],o,s?[...new URLSearchParams(s)]:[],o?$$(o):void 0,r?.[0]]},U$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
oc=t=>t[BR]??=L$(t),MR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),s=[3,o[1],o[2],t.getMergedTraits(),e,r],n=o[6],i=n&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
n?1:0),0);return i&&(s[6]=i),s}});var Br,ti=p(()=>{Br=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var HR,Jm,sc,GR=p(()=>{HR=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;HR[t]=e>>>0}Jm=4294967295,sc=class{digestLength=4;checksum=Jm;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^HR[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^Jm)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=Jm}}});function F$(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var Xm,zR,qs,jR=p(()=>{Xm=no(require("node:zlib"));GR();zR=typeof Xm.crc32==
"function"?Xm.crc32:void 0,qs=zR?F$(zR):sc});var Be,VR,M$,nc,WR,B$,qR=p(()=>{O();Be=64,VR=32,M$=2**53-1,nc=class t{digestLength=VR;state=Int32Array.from(WR);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:s}=this,n=new Uint8Array(Be*2);for(let i=0;i<Be;++i)n[i]=54^r[i],n[i+Be]=92^r[i];
o.update(n.subarray(0,Be)),s.update(n.subarray(Be))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=lr(e),o=0,{byteLength:s}=r;if(this.bytesHashed+=s,this.bytesHashed*8>M$)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;s>0;)this.buffer[this.bufferLength++]=r[o++],s--,this.bufferLength===Be&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(WR),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,s=this.bytesHashed*8,n=new DataView(r.buffer,r.byteOffset,r.byteLength);if(n.setUint8(o++,128),(o-1)%Be>=Be-8){for(let a=o;a<
Be;++a)n.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<Be-8;++a)n.setUint8(a,0);n.setUint32(Be-8,Math.floor(s/4294967296),!1),n.setUint32(Be-4,s,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(VR);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=lr(e);if(r.byteLength>Be){let o=new t;o.update(r);let s=o.digestSync(),n=new Uint8Array(Be);return n.set(s),n}if(r.byteLength<Be){let o=new Uint8Array(Be);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),s=e[0],n=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<Be;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(B$[m]+o[m]|0)|0)|0,g=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&n^s&i^n&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=n,n=s,s=f+g|0}e[0]+=s,e[1]+=n,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},WR=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),B$=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function G$(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ri.createHmac)("sha256",z$(this.secret)):(0,ri.createHash)("sha256")}}}function z$(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ri,H$,Ze,KR=p(()=>{ri=require("node:crypto");qR();H$=(()=>{try{return(0,ri.createHash)("sha256"),!0}catch{return!1}})(),
Ze=H$?G$():nc});var Hr=p(()=>{jR();KR()});function JR(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var fo,Ym=p(()=>{O();fo=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=s;return e<0&&
JR(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&JR(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var Ks,XR,YR,j$,V$,W$,q$,K$,J$,X$,Y$,Q$,ic,Qm=p(()=>{Y();O();Ym();Ks=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let n in e){
if(!b(e,n))continue;let i=this.fromUtf8(n);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;for(let n of r)o.set(n,s),s+=n.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,1),s;case"bina\
ry":if(e.value.byteLength>ic)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${ic} bytes: ${e.value.byteLength}`);let n=new DataView(
new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>ic)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${ic} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(
9);return d[0]=8,d.set(fo.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!Q$.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(
17);return u[0]=9,u.set(Un(e.value.replace(/-/g,"")),1),u}}parse(e){let r={},o=0;for(;o<e.byteLength;){let s=e.getUint8(o++),n=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,s));switch(o+=s,e.getUint8(o++)){case 0:r[n]={type:YR,value:!0};break;case 1:r[n]={type:YR,value:!1};break;case 2:r[n]={type:j$,value:e.getInt8(o++)};
break;case 3:r[n]={type:V$,value:e.getInt16(o,!1)},o+=2;break;case 4:r[n]={type:W$,value:e.getInt32(o,!1)},o+=4;break;case 5:r[n]={type:q$,value:new fo(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[n]={type:K$,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[n]={type:J$,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[n]={type:X$,value:new Date(new fo(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[n]={type:Y$,value:`${le(c.subarray(0,4))}-${le(
c.subarray(4,6))}-${le(c.subarray(6,8))}-${le(c.subarray(8,10))}-${le(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(XR||(XR={}));YR="boolean",j$="byte",V$="short",W$="integer",q$="long",K$=
"binary",J$="string",X$="timestamp",Y$="uuid",Q$=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,ic=32767});function ZR({byteLength:t,byteOffset:e,buffer:r}){if(t<Z$)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),s=o.getUint32(0,!1);if(t!==s)throw new Error("Reported message length does not match received message length");let n=o.getUint32(QR,!1),i=o.getUint32(go,
!1),a=o.getUint32(t-Yo,!1),c=new qs;if(c.update(new Uint8Array(r,e,go)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+go,t-(go+Yo))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+go+Yo,n),body:new Uint8Array(r,e+go+Yo+n,s-n-(go+Yo+Yo))}}
var QR,go,Yo,Z$,e_=p(()=>{Hr();QR=4,go=QR*2,Yo=4,Z$=go+Yo*2});var Js,Zm=p(()=>{Hr();Qm();e_();Js=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new Ks(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),s=o.byteLength+r.byteLength+16,n=new Uint8Array(s),i=new DataView(
n.buffer,n.byteOffset,n.byteLength),a=new qs;return i.setUint32(0,s,!1),i.setUint32(4,o.byteLength,!1),a.update(n.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
n.set(o,12),n.set(r,o.byteLength+12),a.update(n.subarray(8,s-4)),i.setUint32(s-4,a.digestSync(),!1),n}decode(e){let{headers:r,body:o}=ZR(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var Xs,ef=p(()=>{Xs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var Ys,tf=p(()=>{Ys=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var Qs,rf=p(()=>{Qs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var Zs,of=p(()=>{Zs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function ac(t){let e=0,r=0,o=null,s=null,n=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let d=c.length,u=0;for(;u<d;){if(!o){let f=d-u;s||(s=new Uint8Array(
4));let g=Math.min(4-r,f);if(s.set(c.slice(u,u+g),r),r+=g,u+=g,r<4)break;n(new DataView(s.buffer).getUint32(0,!1)),s=null}let m=Math.min(e-r,d-u);o.set(c.slice(
u,u+m),r),r+=m,u+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var sf=p(()=>{});function t_(t,e){let r=oi(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let s=e.eventStreamCodec.decode(o),n=await r(
s);n!==void 0&&(yield n)}}}}function oi(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let s=new Error(r.headers[":error-\
message"].value||"UnknownError");throw s.name=r.headers[":error-code"].value,s}else if(o==="exception"){let s=r.headers[":exception-type"].value,n={[s]:r},i=await t(
n);if(i.$unknown){let a=new Error(e(r.body));throw a.name=s,a}throw i[s]}else if(o==="event"){let s={[r.headers[":event-type"].value]:r},n=await t(s);return n.$unknown?
void 0:n}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var nf=p(()=>{});var Qo,r_,af=p(()=>{Zm();ef();tf();rf();of();sf();nf();Qo=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new Js(
e,r),this.utfEncoder=e}deserialize(e,r){let o=ac(e);return new Qs({messageStream:new Xs({inputStream:o,decoder:this.eventStreamCodec}),deserializer:oi(r,this.utfEncoder)})}serialize(e,r){
return new Ys({messageStream:new Zs({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},r_=t=>new Qo(t)});async function*e1(t){let e=!1,r=!1,o=new Array;for(t.on("error",s=>{if(e||(e=!0),s)throw s}),t.on("data",s=>{o.push(s)}),t.on("end",()=>{e=!0});!r;){let s=await new Promise(
n=>setTimeout(()=>n(o.shift()),0));s&&(yield s),r=e&&o.length===0}}var o_,si,s_,n_=p(()=>{o_=require("node:stream");af();si=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new Qo({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
e1(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return o_.Readable.from(this.universalMarshaller.serialize(e,r))}},s_=t=>new si(t)});var i_,a_,c_=p(()=>{i_=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),a_=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:s}=await e.next();if(o)return r.close();r.enqueue(
s)}})}});var p_,l_=p(()=>{p_=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var cc,d_=p(()=>{Y();Q();O();cc=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:s,defaultContentType:n,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=s,this.defaultContentType=
n,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,d=Symbol("initialRequestMarker"),u={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:s??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[d]:!0,headers:m,body:f}}for await(let m of e)yield m}};return n.serialize(u,m=>{if(m[d])return{headers:m.headers,body:m.body};let f="";for(let T in m)if(b(m,T)&&
T!=="__type"){f=T;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:S}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:S??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),d=n.deserialize(e.body,async f=>{let g="";for(let h in f)if(b(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(s??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let S={},E=!1;for(let[T,R]of h.structIterator()){
let{eventHeader:I,eventPayload:M}=R.getMergedTraits();if(E=E||!!(I||M),M)R.isBlobSchema()?S[T]=y:R.isStringSchema()?S[T]=(this.serdeContext?.utf8Encoder??Z)(y):
R.isStructSchema()&&(S[T]=await this.deserializer.read(R,y));else if(I){let oe=f[g].headers[T]?.value;oe!=null&&(R.isNumericSchema()?oe&&typeof oe=="object"&&"b\
ytes"in oe?S[T]=BigInt(oe.toString()):S[T]=Number(oe):S[T]=oe)}}return{[g]:await this.readEventMember(h,y,E,S)}}return{[g]:await this.deserializer.read(h,y)}}else
return{$unknown:f}}),u=d[Symbol.asyncIterator](),m=await u.next();if(m.done)return d;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-r\
esponse event encountered in event stream but no response schema given.");for(let f in m.value)b(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){
for(m?.value?.[l]||(yield m.value);;){let{done:f,value:g}=await u.next();if(f)break;yield g}}}}async readEventMember(e,r,o,s){let n,i=e.getSchema();if(Array.isArray(
i)&&i[0]===-3){let c=i[1],l=K.for(c);this.compositeErrorRegistry?.copyFrom(l),n=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?s:r.byteLength===0?{}:
await this.deserializer.read(e,r);if(n){let c=a.message??a.Message??"Unknown",l={},d=e.getMergedTraits().error;return d&&(l.$fault=d),Object.assign(new n({}),l,
{message:c},a)}return a}writeEventBody(e,r,o){let s=this.serializer,n=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){
for(let[f,g]of m.structIterator()){let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let S=o[e][f],E="binary";g.isNumericSchema()?(-2)**
31<=S&&S<=2**31-1?E="integer":E="long":g.isTimestampSchema()?E="timestamp":g.isStringSchema()?E="string":g.isBooleanSchema()&&(E="boolean"),S!=null&&(l[f]={type:E,
value:S},delete o[e][f])}}if(i!==null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),s.write(f,o[e][i])}else
s.write(m,o[e])}else if(m.isUnitSchema())s.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{
let[m,f]=o[e];n=m,s.write(15,f)}let d=s.flush()??new Uint8Array;return{body:typeof d=="string"?(this.serdeContext?.utf8Decoder??re)(d):d,eventType:n,explicitPayloadContentType:a,
additionalHeaders:l}}}});var u_={};ar(u_,{EventStreamCodec:()=>Js,EventStreamMarshaller:()=>si,EventStreamSerde:()=>cc,HeaderMarshaller:()=>Ks,Int64:()=>fo,MessageDecoderStream:()=>Xs,MessageEncoderStream:()=>Ys,
SmithyMessageDecoderStream:()=>Qs,SmithyMessageEncoderStream:()=>Zs,UniversalEventStreamMarshaller:()=>Qo,eventStreamSerdeProvider:()=>s_,getChunkedStream:()=>ac,
getMessageUnmarshaller:()=>oi,getUnmarshalledStream:()=>t_,iterableToReadableStream:()=>a_,readableStreamToIterable:()=>i_,resolveEventStreamSerdeConfig:()=>p_,
universalEventStreamSerdeProvider:()=>r_});var m_=p(()=>{Zm();Qm();Ym();ef();tf();rf();of();n_();c_();af();sf();nf();l_();d_()});var en,cf=p(()=>{Y();Q();ti();Xo();en=class extends Br{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new K(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return z}getResponseType(){return mt}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,s]of r.url.searchParams.entries())e.query[o]=s;if(r.headers)
for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,s=oc(
r)){if(this.serdeContext?.disableHostPrefix)return;let n=s[4];if(typeof n!="string")return;let i=n;for(let[a,[,c]]of Me.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!Au(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let s=[-3,"","Error",0,[],[],0],n;for(let i of o)for(let a of r)try{a==="*"?n=i.getSchema(e):n=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
n);if(c)return[n,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[n,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[s,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(m_(),u_)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,s,n){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var ni,f_=p(()=>{Y();O();Xo();cf();Ws();Km();ni=class extends en{async serializeRequest(e,r,o){let s=r&&typeof r=="object"?r:{},n={},i={},a=await o.endpoint(),c=Me.
of(e?.input),l=c.getHttpBindings().request,d=oc(e),u=new z({query:n,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,s,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,S]of y)n[h]=S}}u.query=n;let m=this.serializeHttpBindings(s,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,s){let n=this.serializer,i=typeof n.writeCodec=="function"?n:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let R=0;R<S;++R){let I=h?b(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!I)continue;let M=I[1],oe=I[0],
hr=M[0],Nr=M[1],me=M[2],Ne=I[2],Jt=I[3],dt=e[oe];if(!(dt==null&&!(Nr>>10&1)))if(Ne===36){let q=Nr>>11&3;q?q===2?m=dt||void 0:u=dt:(i?i.writeCodec(hr,dt):n.write(
hr,dt),u=n.flush())}else if(Ne===33||Ne===38){let q=this.serializeHttpValue(M,dt,Ne,i);Ne===33?(f??=Object.create(null))[oe]=q:c[Jt]=q}else if(Ne===39)for(let q in dt){
if(!b(dt,q))continue;let Ir=Jt+q;c[Ir.toLowerCase()]=this.serializeHttpValue(me,dt[q],38,i,i?me[0]:[me[0],{httpHeader:Ir}])}else(Ne&62)===34?this.serializeQuery(
M,dt,Jt,a,i):d=!0}let E=s[1],T=s[3];return E&&T&&r.path.endsWith(E)&&(r.path=r.path.slice(0,-E.length)+this.serializePath(T,f,o)),d&&l&&(i?i.writeCodec(l,e):n.write(
l,e),u=n.flush()),r.body=u,m}serializeQuery(e,r,o,s,n){let[i,a,c]=e,l=n?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!b(r,d)||d in s||(n||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,s,n));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,n,n?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}s[o]=d}else s[o]=this.serializeHttpValue(e,r,34,n,n?i:[i,l])}serializeHttpValue(e,r,o,s,n=e[0]){
let i=e[1],a=i&255;return s&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(s?s.writeHttpBinding(e,r,o):this.serializer.write(n,r),this.serializer.flush())}serializePath(e,r,o){
let s="";for(let[n,i]of e){if(i===0){s+=n;continue}let a=r?.[n];if(a===void 0){if(b(o.byName,n)&&o.byName[n][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${n}.`);s+=`{${n}${i===2?"+":""}}`}else s+=i===2?a.split("/").map(Jo).join("/"):Jo(a)}return s}async deserializeResponse(e,r,o){let s=this.deserializer,
n=typeof s.readCodec=="function"?s:void 0,i=Me.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await Qe(o.body,r);throw d.byteLength>
0&&Object.assign(c,await s.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await Qe(o.body,r);if(d.byteLength>0){let u=await(n?n.readCodec(a.syntheticBodySchema,
d):s.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await Qe(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,s,n){let i=s instanceof Set?n:s,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Me.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,S]=u,[E,T]=S,R=T>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=ei(o.body);else if(o.body){let I=await Qe(o.body,r);I.byteLength>0&&(i[h]=await(c?c.readPayload(S,I):
a.read(E,I)))}}for(let h in y){if(!b(y,h))continue;let S=h.toLowerCase(),E=y[h];S!==h&&(delete y[h],y[S]=E);let T=b(f,S)?f[S]:void 0;if(!T)continue;let[R,[I,M,oe],
,hr]=T;if(oe){let Nr=M>>16&1?Gu(E,",",2):Ln(E),me=[];for(let Ne of Nr)me.push(c?c.readHttpBinding(oe,Ne.trim(),38):await a.read([oe[0],{httpHeader:hr}],Ne.trim()));
i[R]=me}else i[R]=c?c.readHttpBinding(T[1],E,38):await a.read(I,E)}for(let[h,[,,S],,E]of g){i[h]={};for(let T in y){if(!b(y,T)||!T.startsWith(E))continue;let R=y[T];
i[h][T.slice(E.length)]=c?c.readHttpBinding(S,R,38):await a.read([S[0],{httpHeader:T}],R)}}return m&&(i[m[0]]=o.statusCode),d}}});var Zo,g_=p(()=>{Y();Q();Y();cf();Ws();Zo=class extends en{async serializeRequest(e,r,o){let s=this.serializer,n={},i={},a=await o.endpoint(),c=B.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:n,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else s.write(l,u),d=s.flush()}return m.headers=Object.assign(m.headers,i),m.query=n,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let s=this.deserializer,n=B.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await Qe(o.
body,r);throw c.byteLength>0&&Object.assign(i,await s.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!b(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=n.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:n,initialResponseContainer:i});else{let c=await Qe(o.body,
r);c.byteLength>0&&Object.assign(i,await s.read(n,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var es,pf=p(()=>{O();Xo();ti();es=class extends Br{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Me.of(e),s=o.getMergedTraits(),n=o.getHttpBindingLocation(
s);return this.readHttpBinding(o.getHttpBindingValue(n,s),r,n)}readHttpBinding([e,r,o],s,n){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
n),Ln(s).map(a=>this.readHttpBinding(o,a,n));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Ee)(s);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Bu(s);case 6:return Hu(s);case 7:
return Mu(s);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",s),new Date(s)}}case 0:{let a=r>>8&3;if(!a)return s;let c=s;
return(n&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Ee)(c))),a===2?ft.from(c):c}case 1:return Number(s);case 2:return s.toLowerCase()===
"true";case 17:return BigInt(s);case 19:return new Ie(s,"bigDecimal");default:return s}}}});var ii,h_=p(()=>{O();Xo();ti();pf();ii=class extends Br{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new es(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Me.of(e),s=o.
getMergedTraits();if(s.httpHeader||s.httpResponseCode){let n=o.getHttpBindingValue(38,s);return this.readHttpBinding(n,r,38)}return s.httpPayload?this.readPayload(
o.getHttpBindingValue(36,s),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let s=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,s,o)}readPayload([e,r],o){let s=r&255;return s===21||s===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??re)(o):o:s===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var pc,y_=p(()=>{O();Xo();ti();pc=class extends Br{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Me.of(e),s=o.getMergedTraits(),
n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n)}writeHttpBinding([e,r,o],s,n){let i=r&255;switch(typeof s){case"object":if(s===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(s instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${s} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=s.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=jo(s);break;case 7:this.stringBuffer=String(s.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",s),this.stringBuffer=String(s.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
s){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(s);return}if((i&192)===64&&Array.isArray(s)){o??=e.getHttpBindingCollectionValue(n);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of s){this.writeHttpBinding(o,m,n);let f=this.flush();u&&(u+=", "),u+=d?f:$u(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
s,null,2);break;case"string":let a=r>>8&3,c=s;if(a===2&&(c=ft.from(c)),a&&(n&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=s;break;default:this.stringBuffer=r>>10&1?Vs():String(s)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var ai,S_=p(()=>{Xo();y_();ai=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new pc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Me.of(e),s=o.getMergedTraits();if(s.httpHeader||s.httpLabel||s.
httpQuery){let n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function ts(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:s,httpQuery:n}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||s?6:n||r?5:void 0:void 0)??e.timestampFormat.default}var lc=p(()=>{});var bt,Pt,E_=p(()=>{bt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Pt=t=>({requestHandler:t.httpHandler()})});function R_(t){return e=>async r=>{let o=r.request;if(z.isInstance(o)){let{body:s,headers:n}=o;if(s&&Object.keys(n).map(i=>i.toLowerCase()).indexOf(x_)===-1)try{
let i=t(s);i!=null&&(o.headers={...o.headers,[x_]:String(i)})}catch{}}return e({...r,request:o})}}var x_,__,Ot,w_=p(()=>{Y();x_="content-length";__={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Ot=t=>({applyToStack:e=>{e.add(R_(t.bodyLengthChecker),__)}})});var Ar,t1,lf=p(()=>{Ar=t=>encodeURIComponent(t).replace(/[!'()*]/g,t1),t1=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function df(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Ar(r),Array.isArray(o))for(let s=0,n=o.length;s<n;s++)e.push(`${r}=${Ar(o[s])}`);else{
let s=r;(o||typeof o=="string")&&(s+=`=${Ar(o)}`),e.push(s)}}return e.join("&")}var I_=p(()=>{lf()});var ho,dc=p(()=>{ho=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var uc,T_=p(()=>{uc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function mc(){if(ci===void 0)try{if(typeof Buffer!="function")ci=!1;else{let t=JSON.parse(Buffer.from([123,125]));ci=t!==null&&typeof t=="object"}}catch{ci=!1}return ci}
var ci,uf=p(()=>{});function fc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?o1(o,e)?e:new Ie(o,"bigDecim\
al"):r1(o)?new Ie(o,"bigDecimal"):/[eE]/.test(o)?s1(o):BigInt(o)}return e}function r1(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function o1(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return mf(t)===mf(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===mf(o):!1}function mf(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),s;if(o===-1)s=r;else{let n=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+n;c==="0"?s="0":d<=0?s="0."+"0".repeat(-d)+c:d>=c.length?s=c+"0".repeat(d-c.length):s=c.slice(0,d)+"."+c.slice(d)}return s.
includes(".")&&(s=s.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+s}function s1(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),s=t.slice(o?1:0,e),n=s.indexOf("."),i,a;if(n===-1)i=s,a=r;else{i=s.slice(0,n)+s.slice(n+1);let l=s.length-n-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(s.replace(".","").length-i.length));return o?-c:c}var ff=p(()=>{O()});function hc(t){let e=B.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(gf in r)return r[gf];let o=gc(e,new Set);return r[gf]=o,o}return gc(e,new Set)}
function gc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(gc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(gc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var gf,hf=p(()=>{Q();gf=Symbol.for("@aws-sdk/reviver")});var v_,A_=p(()=>{Ws();O();v_=(t,e)=>Qe(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function Sf(t,e,r){let o;if(mc()&&typeof t?.[Symbol.asyncIterator]=="function"){let n=await Qe(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(n)?o=n:o=Buffer.
from(n.buffer,n.byteOffset,n.byteLength))}if(o||(o=await v_(t,e)),o.length===0)return{};let s=r&&hc(r)?fc:void 0;try{return JSON.parse(o,s)}catch(n){throw n?.name===
"SyntaxError"&&Object.defineProperty(n,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),n}}var C_,yf,Ef,xf,b_,Rf=p(()=>{Ws();A_();uf();ff();
hf();C_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),yf=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Ef=(t,e)=>b_(t,e,["header","code","type"]),xf=(t,e,r=!1)=>b_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),b_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let s=C_(t??{},"x-amzn-errortype");if(s!==
void 0)return yf(t[s]);break;case"code":let n=C_(e??{},"code");if(n&&e[n]!==void 0)return yf(e[n]);break;case"type":if(e?.__type!==void 0)return yf(e.__type);break}}});var yc,P_=p(()=>{lc();Q();O();dc();T_();uf();ff();hf();Rf();Y();yc=class extends ho{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=hc(e)?
fc:void 0,s;if(typeof r=="string"){if(r.length===0)return{};s=JSON.parse(r,o)}else if(r instanceof Uint8Array&&mc()){if(r.byteLength===0)return{};let n=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);s=JSON.parse(n,o)}else s=await Sf(r,this.serdeContext,e);return this._read(e,s)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",s=B.of(e);if(o){if(s.isStructSchema())return this._readStruct(s,r);if(Array.isArray(r)&&s.isListSchema()){
let i=s.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(s.isMapSchema()){let i=s.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)b(a,c)&&(c==="__proto__"&&Zr(a),a[c]=this._read(i,a[c]));return a}}if(s.isBlobSchema()&&typeof r=="string")return Ee(r);
let n=s.getMergedTraits().mediaType;if(s.isStringSchema()&&typeof r=="string"&&n)return n==="application/json"||n.endsWith("+json")?ft.from(r):r;if(s.isTimestampSchema()&&
r!=null)switch(ts(s,this.settings)){case 5:return Nu(r);case 6:return $n(r);case 7:return ku(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(s.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(s.isBigDecimalSchema()&&r!=null){
if(r instanceof Ie)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Ie(i.string,i.type):new Ie(String(r),"bigDecimal")}if(s.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(s.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Ie||(r[i]=this._read(s,a))}else{let i=r;for(let a in i){if(!b(i,a))continue;a==="__proto__"&&Zr(i);let c=i[a];c instanceof
Ie||(i[a]=this._read(s,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),s={},n,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(n={});let c;o&&
(c=new uc(r,s));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(n[u]=l)),o&&c.mark(u),r[u]!=null&&(s[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!b(r,l))continue;let d=r[l],u=a?n[l]??l:l;u in s||(s[u]=d)}return s}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Sc,O_,D_=p(()=>{O();Sc=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>O_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),O_=e),this.string=Z(this)}return this.
string}},O_=0});function _f(t){return Sc.allocUnsafe(t)}var Ec,N_,k_,n1,i1,tn,xc,Rc,$_,a1,c1,p1,Gr,L_,_c,U_=p(()=>{lc();Q();O();dc();Y();D_();Ec=new TextEncoder,N_=123,k_=125,n1=
91,i1=93,tn=34,xc=58,Rc=44,$_=92,a1=new Uint8Array([116,114,117,101]),c1=new Uint8Array([102,97,108,115,101]),p1=new Uint8Array([110,117,108,108]),Gr=new Array(
128).fill(null);Gr[8]="b";Gr[9]="t";Gr[10]="n";Gr[12]="f";Gr[13]="r";Gr[34]='"';Gr[92]="\\";for(let t=0;t<32;t++)Gr[t]===null&&(Gr[t]="u00"+t.toString(16).padStart(
2,"0"));L_=2048;_c=class t extends ho{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=_f(L_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=B.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=B.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let s=`"__type":"${o.getName(!0)??"Unknown"}",`,n=s.length;this.ensure(n),this.json.copyWithin(1+n,1,this.i),Ec.encodeInto(s,this.
json.subarray(1)),this.i+=n}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=_f(L_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let s=o.length*2;for(;s<r+e;)s*=2;let n=_f(s);
n.set(this.json),this.json=n}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:s}=this;for(let n=0;n<r;++n)s[o]=e.charCodeAt(n),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:s}=this;o[s++]=tn;for(let n=0;n<r;++n)o[s++]=e.charCodeAt(n);o[s++]=tn,this.i=s}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=tn;for(let o=0;o<r;++o){let s=e.charCodeAt(o);if(s>34&&s<92)this.json[this.i++]=s;else if(s<128){let n=Gr[s];if(n!==null){this.
ensure(n.length+1+(r-o-1)*3+1),this.json[this.i++]=$_;for(let i=0;i<n.length;i++)this.json[this.i++]=n.charCodeAt(i)}else this.json[this.i++]=s}else if(s>=55296&&
s<=56319){let n=o+1<r?e.charCodeAt(o+1):0;if(n>=56320&&n<=57343){this.ensure(4);let{written:i}=Ec.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s)}else if(s>=56320&&s<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s);else{let{i:n,
json:i}=this;s<2048?(i[n++]=192|s>>6,i[n++]=128|s&63):(i[n++]=224|s>>12,i[n++]=128|s>>6&63,i[n++]=128|s&63),this.i=n}}this.json[this.i++]=tn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=$_,r[o++]=117;let s=e.toString(16).padStart(4,"0");for(let n=0;n<4;++n)r[o++]=s.charCodeAt(n);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,s=t.B64,n=this.i;o[n++]=tn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[n++]=
s[d>>2],o[n++]=s[(d&3)<<4|u>>4],o[n++]=s[(u&15)<<2|m>>6],o[n++]=s[m&63]}if(a===2){let l=e[c],d=e[c+1];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4|d>>4],o[n++]=s[(d&15)<<2],
o[n++]=61}else if(a===1){let l=e[c];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4],o[n++]=61,o[n++]=61}o[n++]=tn,this.i=n}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&B.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Vs());return}return}this.ensure(4),this.json.set(p1,this.i),this.i+=4;return}let s=B.of(e),n=typeof r==
"object";if(s.isStringSchema()){let i=s.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(ft.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(s.isBigIntegerSchema()||s.isBigDecimalSchema())){let i=r instanceof Ie?r.string:String(r);this.writeAsciiQuoted(
i);return}if(n){if(s.isStructSchema()){this.writeStruct(s,r);return}if(Array.isArray(r)&&(s.isListSchema()||s.isDocumentSchema())){this.writeList(s,r,s.isDocumentSchema());
return}if(s.isMapSchema()){this.writeMap(s,r,!1);return}if(r instanceof Uint8Array&&(s.isBlobSchema()||s.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(s.isTimestampSchema()||s.isDocumentSchema())){this.writeTimestamp(s,r);return}if(r instanceof Ie){this.writeAscii(r.string);return}if(s.isDocumentSchema()){
Array.isArray(r)?this.writeList(s,r,!0):this.writeMap(s,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(s.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(a1,
i),i+=4):(a.set(c1,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=N_;let o=!1,s=typeof r.__type=="string",n;s&&(n=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Rc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;n&&(n.add(i),n.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=xc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=xc,this.writeValue(15,c,e)}}else if(s)for(let i in r){if(n.has(i))continue;n.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Rc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=xc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=k_}writeList(e,r,o){let s=!!e.
getMergedTraits().sparse,n=e.getValueSchema();if(!o&&(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!s){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!s||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Ec.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=n1;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!s)||(i&&(this.ensure(1),this.json[this.
i++]=Rc),this.writeValue(n,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=i1}writeMap(e,r,o){let s=!!e.getMergedTraits().sparse,n=e.getValueSchema();if(!o&&
(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a;for(let l in r){if(!b(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!s&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Ec.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=N_;let i=!0;for(let a in r){if(!b(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!s)||
(i||(this.ensure(1),this.json[this.i++]=Rc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=xc,this.writeValue(n,c,void 0))}this.ensure(1),this.
json[this.i++]=k_}writeTimestamp(e,r){switch(ts(e,this.settings)){case 5:{let s=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(s);return}case 6:{this.
writeAsciiQuoted(jo(r));return}case 7:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}default:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}}}}});var rs,F_=p(()=>{dc();P_();U_();rs=class extends ho{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new _c(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new yc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{Ws();Km();f_();g_();pf();h_();S_();lc();Y();Y();E_();w_();lf();I_();Y();Rf();F_()});var M_,B_,Dt,H_=p(()=>{U();M_=t=>e=>async r=>{if(!z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:s=""}=t.requestHandler.metadata||{};if(s.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let n=o.hostname;
o.port!=null&&(n+=`:${o.port}`),o.headers.host=n}return e(r)},B_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Dt=t=>({applyToStack:e=>{
e.add(M_(t),B_)}})});var G_,z_,Nt,j_=p(()=>{v();G_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:s}=e,n=s instanceof xe;if(s&&!n){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
s.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:s,commandName:n,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:s,commandName:n,input:l(r.input),error:o,metadata:o.$metadata}),
o}},z_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Nt=t=>({applyToStack:e=>{e.add(G_(),z_)}})});var V_,W_=p(()=>{V_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var yo,wf,wc,If,Tf,pi,q_=p(()=>{yo={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},wf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");wf||(globalThis.awslambda=globalThis.awslambda||{});wc=class{static PROTECTED_KEYS=yo;isProtectedKey(e){
return Object.values(yo).includes(e)}getRequestId(){return this.get(yo.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(yo.X_RAY_TRACE_ID)}getTenantId(){return this.
get(yo.TENANT_ID)}getTraceparent(){return this.get(yo.TRACEPARENT)}getTracestate(){return this.get(yo.TRACESTATE)}getBaggage(){return this.get(yo.BAGGAGE)}},If=
class extends wc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Tf=class t extends wc{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let n=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await Tf.create():new If;return!wf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!wf&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=n),n)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(pi||(pi={}))});function u1(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Af||r===K_||r===J_)&&(t[r]=t[e],delete t[e])}}var l1,d1,vf,Af,K_,J_,X_,Y_=p(()=>{q_();
U();l1="AWS_LAMBDA_FUNCTION_NAME",d1="_X_AMZN_TRACE_ID",vf="X-Amzn-Trace-Id",Af="traceparent",K_="tracestate",J_="baggage",X_=()=>t=>async e=>{let{request:r}=e;
if(!z.isInstance(r))return t(e);let o;{let s=Object.keys(r.headers??{}).find(n=>n.toLowerCase()===vf.toLowerCase())??vf;if(!r.headers.hasOwnProperty(s)){let n=process.
env[l1],i=process.env[d1];o??=await pi.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(n)&&l(c)&&(r.headers[vf]=c)}}if(u1(
r.headers),!r.headers[Af]){let n=(o??=await pi.getInstanceAsync())?.getTraceparent?.();if(n){r.headers[Af]=n;let i=o?.getTracestate?.();i&&(r.headers[K_]=i);let a=o?.
getBaggage?.();a&&(r.headers[J_]=a)}}return t(e)}});var kt,Q_=p(()=>{W_();Y_();kt=t=>({applyToStack:e=>{e.add(X_(),V_)}})});var Z_,ew=p(()=>{Z_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let s of t)s.schemeId.split("#")[1]===o&&r.push(s);for(let o of t)r.find(({
schemeId:s})=>s===o.schemeId)||r.push(o);return r}});function m1(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Cf,tw=p(()=>{Y();ew();Cf=(t,e)=>(r,o)=>async s=>{let n=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,s.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=Z_(n,i),c=m1(t.httpAuthSchemes),l=te(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(s)}});var bf,et,rw=p(()=>{tw();bf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},et=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Cf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),bf)}})});var ow=p(()=>{rw()});var f1,g1,Pf,sw=p(()=>{U();Y();f1=t=>e=>{throw e},g1=(t,e)=>{},Pf=t=>(e,r)=>async o=>{if(!z.isInstance(o.request))return e(o);let n=te(r).selectedHttpAuthScheme;
if(!n)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=n,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||f1)(i));return(c.successHandler||g1)(l.response,i),l}});var Of,tt,nw=p(()=>{sw();Of={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},tt=t=>({applyToStack:e=>{e.addRelativeTo(Pf(t),Of)}})});var iw=p(()=>{nw()});var Cr,aw=p(()=>{Cr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Pe,cw=p(()=>{Y();Pe=class{authSchemes=new Map;constructor(e){for(let r in e){if(!b(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var Ae,pw=p(()=>{Ae=class{async sign(e,r,o){return e}}});var lw=p(()=>{pw()});var Df,Ic,li,Tc,dw=p(()=>{Df=t=>function(r){return li(r)&&r.expiration.getTime()-Date.now()<t},Ic=Df(3e5),li=t=>t.expiration!==void 0,Tc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,s,n,i,a=!1,c=async l=>{n||(n=o(l));try{s=await n,i=!0,a=!1}finally{n=void 0}return s};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(s=await c(l)),s):async l=>((!i||l?.forceRefresh)&&(s=await c(l)),a?s:r(s)?(e(s)&&await c(l),s):(a=!0,s))}});var uw=p(()=>{cw();lw();dw()});var Oe=p(()=>{ow();iw();aw();uw()});function E1(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function $t(t){let e=Cr(t.userAgentAppId??vc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!E1(o)){let s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?s?.warn("userAgentAppId must be a string or undefined."):o.length>50&&s?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var vc,Nf=p(()=>{Oe();vc=void 0});var mw,fw=p(()=>{mw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var x1,R1,gw,hw,kf=p(()=>{fw();x1=mw,R1="",gw=t=>{let{partitions:e}=x1;for(let o of e){let{regions:s,outputs:n}=o;for(let[i,a]of Object.entries(s))if(i===t)return{
...n,...a}}for(let o of e){let{regionRegex:s,outputs:n}=o;if(new RegExp(s).test(t))return{...n}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},hw=()=>R1});var yw,$f,Sw=p(()=>{yw=require("node:stream"),$f=t=>t?.body instanceof yw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var Ew,xw,Rw,_w,ww,Iw=p(()=>{Ew=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],xw=["TimeoutError","RequestTimeout","RequestTimeoutException"],Rw=[500,502,503,504],_w=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],ww=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function T1(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var _1,w1,I1,Ac,Cc,Tw,Lf=p(()=>{Iw();_1=t=>t?.$retryable!==
void 0,w1=t=>t.$metadata?.clockSkewCorrected,I1=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Ac=t=>t.$metadata?.httpStatusCode===429||Ew.
includes(t.name)||t.$retryable?.throttling==!0,Cc=(t,e=0)=>t?.name!=="AbortError"&&(_1(t)||w1(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||xw.includes(t.name)||_w.includes(t?.code||"")||ww.includes(t?.code||"")||Rw.includes(t.$metadata?.httpStatusCode||0)||I1(t)||T1(t)||t.cause!==
void 0&&e<=10&&Cc(t.cause,e+1)),Tw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Cc(t)}return!1}});var bc,v1,vw,Aw=p(()=>{bc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((s,n)=>{let i=()=>n(v1());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},v1=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),vw=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var Cw,bw,Pw=p(()=>{Cw="amz-sdk-invocation-id",bw="amz-sdk-request"});function Ow(t,e){if(mt.isInstance(t))for(let r in t.headers){if(!b(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let s=t.headers[r],n=NaN;if(s.
endsWith("GMT"))try{n=($n(s).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else s.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
n=Number(s.match(/ GMT, ([\d.]+)$/)?.[1]):s.match(/^((\d+)|(\d+\.\d+))$/)?n=Number(s):Date.parse(s)>=Date.now()&&(n=(Date.parse(s)-Date.now())/1e3);return isNaN(
n)?void 0:new Date(Date.now()+n*1e3)}else if(o==="x-amz-retry-after"){let s=t.headers[r],n=Number(s);if(isNaN(n)){e?.trace?.(`Failed to parse x-amz-retry-after=${s}`);
return}return new Date(Date.now()+n)}}}var Dw=p(()=>{Y();U();O()});var Nw,kw=p(()=>{Nw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function Uf(t){return e=>(r,o)=>async s=>{let n=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Tr]?.abortSignal;if(A1(n)){n=n;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await bc(n.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=s,g=z.isInstance(f);for(g&&(f.headers[Cw]=qm());;)try{
g&&(f.headers[bw]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(s);return n.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=C1(y,e.logger);if(d=Nw(y),g&&t(f))throw(o.logger instanceof xe?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{l=await bc(n.refreshRetryTokenForRetry(l,h),a)}catch(E){throw a?.aborted&&vw(E)?E:(d.$metadata||(d.$metadata={}),d.$metadata.
attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,S>0&&await bc(new Promise(E=>setTimeout(
E,S)),a)}}else return n=n,n?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",n.mode]]),n.retry(r,s)}}function $w(t){let e=Uf(t);return r=>({applyToStack:o=>{
o.add(e(r),P1)}})}var A1,C1,b1,P1,Lw=p(()=>{v();U();O();Ur();Lf();Aw();Pw();Dw();kw();A1=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",C1=(t,e)=>{let r={error:t,errorType:b1(t)},o=Ow(t.$response,e);return o&&(r.retryAfterHint=o),r},b1=t=>Ac(t)?"THROTTLING":Cc(t)?
"TRANSIENT":Tw(t)?"SERVER_ERROR":"CLIENT_ERROR",P1={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var Pc,Uw=p(()=>{Lf();Pc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Ac(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let n=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(n)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var mr,Oc=p(()=>{mr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Dc,Fw=p(()=>{Oc();Dc=class{x=mr.delay();computeNextBackoffDelay(e){let s=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(s)}setDelayBase(e){this.x=
e}}});var di,Mw=p(()=>{di=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,s){this.delay=e,this.count=r,this.cost=o,this.longPoll=s}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var fr,So,He,ui=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(fr||(fr={}));So=3,He=fr.STANDARD});var Nc,os,Ff=p(()=>{Fw();Mw();ui();Oc();Nc={incompatible:1,attempts:2,capacity:3},os=class{mode=fr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>So,this.baseDelay??=mr.delay(),this.retryBackoffStrategy??=
new Dc}async acquireInitialRetryToken(e){return new di(mr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
s=this.retryCode(e,r,o),n=s===0,i=e.isLongPoll?.();if(n||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?mr.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),n){let d=this.getCapacityCost(a);this.capacity-=d;let u=new di(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=s===Nc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${So}`),So}}retryCode(e,r,o){let s=e.getRetryCount()+1,n=this.isRetryableError(r.errorType)?0:Nc.incompatible,i=s<o?0:Nc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:Nc.capacity;return n||i||a}getCapacityCost(e){return e===mr.modifiedCostType()?mr.throttlingCost():mr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var kc,Bw=p(()=>{Uw();Ff();ui();kc=class{mode=fr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new Pc,
this.standardRetryStrategy=r?new os({maxAttempts:typeof e=="number"?e:3,...r}):new os(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Mf,Bf,Lt,Ut,Hw,Gw,Ft,zw=p(()=>{v();Bw();Ff();ui();Oc();Mf="AWS_MAX_ATTEMPTS",Bf="max_attempts",Lt={environmentVariableSelector:t=>{let e=t[Mf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Mf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[Bf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${Bf} mast be a number, got "${e}"`);return r},default:So},Ut=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:s=So,defaultBaseDelay:n=mr.delay()}=e??{},i=V(t.maxAttempts??s),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await V(o)()===fr.ADAPTIVE?new kc(i,{maxAttempts:l,baseDelay:n}):new os({maxAttempts:l,baseDelay:n})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Hw="AWS_RETRY_MODE",Gw="retry_mode",Ft={environmentVariableSelector:t=>t[Hw],configFileSelector:t=>t[Gw],default:He}});var wee,Qt,rt=p(()=>{Sw();Lw();ui();zw();wee=Uf($f),Qt=$w($f)});async function jw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&$r(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let n=await e.
retryStrategy();if(typeof n.mode=="string")switch(n.mode){case fr.ADAPTIVE:$r(t,"RETRY_MODE_ADAPTIVE","F");break;case fr.STANDARD:$r(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let n=t.endpointV2;switch(String(n?.url?.hostname).match(N1)&&$r(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":$r(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":$r(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":$r(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let s=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(s?.$source){let n=s;n.accountId&&$r(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(n.$source??{}))$r(t,i,a)}}var N1,Vw=p(()=>{rt();Xy();N1=/\d{12}\.ddb/});var Hf,$c,Ww,qw,Kw=p(()=>{Hf="user-agent",$c="x-amz-user-agent",Ww=/[^!$%&'*+\-.^_`|~\w]/g,qw=/[^!$%&'*+\-.^_`|~\w#]/g});function Jw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Xw=p(()=>{});var Zw,Lc,e0,Mt,t0=p(()=>{U();kf();Vw();Kw();Xw();Zw=t=>(e,r)=>async o=>{let{request:s}=o;if(!z.isInstance(s))return e(o);let{headers:n}=s,i=r?.userAgent?.map(Lc)||
[],a=(await t.defaultUserAgentProvider()).map(Lc);await jw(r,t,o);let c=r;a.push(`m/${Jw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Lc)||[],d=await t.userAgentAppId();d&&a.push(Lc(["app",`${d}`]));let u=hw(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(n[$c]=n[$c]?`${n[Hf]} ${f}`:f),n[Hf]=m):n[$c]=m,e({...o,request:s})},Lc=t=>{
let e=t[0].split("/").map(i=>i.replace(Ww,"-")).join("/"),r=t[1]?.replace(qw,"-"),o=e.indexOf("/"),s=e.substring(0,o),n=e.substring(o+1);return s==="api"&&(n=n.
toLowerCase()),[s,n,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},e0={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Mt=t=>({applyToStack:e=>{e.add(Zw(t),e0)}})});var Uc,r0,o0=p(()=>{Uc=require("node:process"),r0=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Uc.versions[e])return[`md/${e}`,Uc.versions[e]];return["md/\
nodejs",Uc.versions.node]}});var zf,s0=p(()=>{zf={isCrtAvailable:!1}});var n0,i0=p(()=>{s0();n0=()=>zf.isCrtAvailable?["md/crt-avail"]:null});var Fc,jf,Bt,a0=p(()=>{Fc=require("node:os"),jf=require("node:process");o0();i0();Bt=({serviceId:t,clientVersion:e})=>{let r=r0();return async o=>{let s=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Fc.platform)()}`,(0,Fc.release)()],["lang/js"],r],n=n0();n&&s.push(n),t&&s.push([`api/${t}`,e]),jf.env.AWS_EXECUTION_ENV&&s.push(
[`exec-env/${jf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...s,[`app/${i}`]]:[...s]}}});var c0,p0,k1,Ht,l0=p(()=>{Nf();c0="AWS_SDK_UA_APP_ID",p0="sdk_ua_app_id",k1="sdk-ua-app-id",Ht={environmentVariableSelector:t=>t[c0],configFileSelector:t=>t[p0]??
t[k1],default:vc}});var d0=p(()=>{j()});var Vf,u0=p(()=>{j();d0();Vf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!Vf(r))return!1;return!0}return!(!Fr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
zs(t))}});var m0,f0=p(()=>{m0=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,s,n,i,...a]=e;if(r!=="arn"||o===""||s===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:s,region:n,accountId:i,resourceId:c}}});var ot,g0=p(()=>{j();u0();f0();kf();ot={isVirtualHostableS3Bucket:Vf,parseArn:m0,partition:gw};ve.aws=ot});function Wf(t={}){return _({...Te,async default(){return h0.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Le,...t})}var h0,y0=p(()=>{L();h0={silence:!1}});var Gt,zt,S0=p(()=>{Gt=t=>({setRegion(e){t.region=e},region(){return t.region}}),zt=t=>({region:t.region()})});var F=p(()=>{Ky();Jy();Yy();H_();j_();Q_();Nf();t0();a0();l0();g0();y0();S0()});var Mc,Bc,E0=p(()=>{U();Mc=t=>mt.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Bc=t=>mt.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var mi,x0=p(()=>{mi=t=>new Date(Date.now()+t)});var Hc,R0=p(()=>{Hc=(t,e,r,o)=>{if(o!==void 0)return e;let s=Date.parse(t);if(Number.isNaN(s))return e;let n=Date.now();return r!==void 0&&n-r>9e5?e:s-n}});var qf=p(()=>{E0();x0();R0()});var fi,$1,gi,ne,Kf=p(()=>{U();Ur();qf();fi=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},$1=t=>t.context?.[Tr]?.
eventStream?.output===!0,gi=async t=>{let e=fi("context",t.context),r=fi("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],n=await fi("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}},ne=class{async sign(e,r,o){
if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let s=await gi(o),{config:n,signer:i}=s,{signingRegion:a,
signingName:c}=s,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await n.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||$1(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
n.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:mi(n.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let s=o.ServerTime??Mc(o.$response);if(s){let n=fi("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Bc(o.$response),l=Hc(s,n.systemClockOffset,a,c);n.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Mc(e);if(o){let s=fi("config",r.config),
n=r._requestSentAt,i=Bc(e);s.systemClockOffset=Hc(o,s.systemClockOffset,n,i)}}}});var xr,_0=p(()=>{U();qf();Kf();xr=class extends ne{async sign(e,r,o){if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:s,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}=await gi(o),d=(await s.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await s.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=s.systemClockOffset,o._requestSentAt=Date.now()),await n.
sign(e,{signingDate:u?new Date:mi(s.systemClockOffset),signingRegion:d,signingService:c})}}});var Jf,w0=p(()=>{Jf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var I0,T0=p(()=>{I0=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var v0,A0,st,C0=p(()=>{w0();T0();v0="AWS_AUTH_SCHEME_PREFERENCE",A0="auth_scheme_preference",st={environmentVariableSelector:(t,e)=>{if(e?.signingName&&I0(e.signingName)in
t)return["httpBearerAuth"];if(v0 in t)return Jf(t[v0])},configFileSelector:t=>{if(A0 in t)return Jf(t[A0])},default:[]}});var rn,on,b0=p(()=>{Oe();L();rn=t=>(t.sigv4aSigningRegionSet=Cr(t.sigv4aSigningRegionSet),t),on={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ye("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ye("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function O0(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Gc,P0,L1,Xf,D0=p(()=>{O();O();Gc=class{format(e){let r=[];for(let n in e){
if(!b(e,n))continue;let i=re(n);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;
for(let n of r)o.set(n,s),s+=n.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,
1),s;case"binary":let n=new DataView(new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);
return i.set(e.value,3),i;case"string":let a=re(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(Xf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!L1.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Un(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(P0||(P0={}));L1=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Xf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=
s;return e<0&&O0(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&O0(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var N0,k0,Yf,$0,L0,Qf,Zf,eg,tg,U1,U0,F0,hi,M0,B0,H0,G0,zc,z0,j0,V0,rg,W0,ns=p(()=>{N0="X-Amz-Algorithm",k0="X-Amz-Credential",Yf="X-Amz-Date",$0="X-Amz-SignedHe\
aders",L0="X-Amz-Expires",Qf="X-Amz-Signature",Zf="X-Amz-Security-Token",eg="authorization",tg=Yf.toLowerCase(),U1="date",U0=[eg,tg,U1],F0=Qf.toLowerCase(),hi="\
x-amz-content-sha256",M0=Zf.toLowerCase(),B0={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},H0=/^proxy-/,G0=/^sec-/,zc="AWS4-HMAC-SHA256",z0="AWS4-HMAC-SHA256-PAYL\
OAD",j0="UNSIGNED-PAYLOAD",V0=50,rg="aws4_request",W0=3600*24*7});var q0,K0=p(()=>{O();U();ns();q0=({query:t={}})=>{let e=[],r={};for(let o in t){if(!b(t,o)||o.toLowerCase()===F0)continue;let s=Ar(o);e.push(s);let n=t[o];typeof n==
"string"?r[s]=`${s}=${Ar(n)}`:Array.isArray(n)&&(r[s]=n.slice(0).reduce((i,a)=>i.concat([`${s}=${Ar(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var J0,F1,X0=p(()=>{J0=t=>F1(t).toISOString().replace(/\.\d{3}Z$/,"Z"),F1=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var jc,Y0=p(()=>{v();U();O();K0();X0();jc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:s,sha256:n,uriEscapePath:i=!0}){this.service=s,this.sha256=n,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
V(o),this.credentialProvider=V(r)}createCanonicalRequest(e,r,o){let s=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${q0(e)}
${s.map(n=>`${n}:${r[n]}`).join(`
`)}

${s.join(";")}
${o}`}async createStringToSign(e,r,o,s){let n=new this.sha256;n.update(lr(o));let i=await n.digest();return`${s}
${e}
${r}
${le(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let n of e.split("/"))n?.length!==0&&n!=="."&&(n===".."?r.pop():r.push(n));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Ar(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=J0(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Vc,og,Wc,Z0,Q0,eI=p(()=>{O();ns();Vc={},og=[],Wc=(t,e,r)=>`${t}/${e}/${r}/${rg}`,Z0=async(t,e,r,o,s)=>{let n=await Q0(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${s}:${le(n)}:${e.sessionToken}`;if(i in Vc)return Vc[i];for(og.push(i);og.length>V0;)delete Vc[og.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,s,rg])a=await Q0(t,a,c);return Vc[i]=a},Q0=(t,e,r)=>{let o=new t(e);return o.update(lr(r)),o.digest()}});var sg,tI=p(()=>{O();ns();sg=({headers:t},e,r)=>{let o={};for(let s of Object.keys(t).sort()){if(t[s]==null)continue;let n=s.toLowerCase();(b(B0,n)||e?.has(n)||
H0.test(n)||G0.test(n))&&(!r||r&&!r.has(n))||(n==="__proto__"&&Zr(o),o[n]=t[s].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var qc,rI=p(()=>{O();O();ns();qc=async({headers:t,body:e},r)=>{for(let o in t)if(b(t,o)&&o.toLowerCase()===hi)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Nn(e)){let o=new r;return o.update(lr(e)),le(await o.digest())}return j0}});var oI,sI=p(()=>{O();oI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(b(e,r)&&t===r.toLowerCase())return!0;return!1}});var nI,iI=p(()=>{O();U();nI=(t,e={})=>{let{headers:r,query:o={}}=z.clone(t);for(let s in r){if(!b(r,s))continue;let n=s.toLowerCase();(n.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(n)||e.hoistableHeaders?.has(n))&&(o[s]=r[s],delete r[s])}return{...t,headers:r,query:o}}});var ng,aI=p(()=>{O();U();ns();ng=t=>{t=z.clone(t);for(let e in t.headers)b(t.headers,e)&&U0.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var Eo,cI=p(()=>{O();D0();Y0();ns();eI();tI();rI();sI();iI();aI();Eo=class extends jc{headerFormatter=new Gc;constructor({applyChecksum:e,credentials:r,region:o,
service:s,sha256:n,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:s,sha256:n,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:s=3600,unsignableHeaders:n,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(s>W0)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=Wc(g,m,d??this.service),h=nI(ng(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[Zf]=u.sessionToken),h.query[N0]=zc,h.query[k0]=`${u.accessKeyId}/${y}`,h.query[Yf]=f,h.query[L0]=s.toString(10);let S=sg(h,n,a);return h.
query[$0]=this.getCanonicalHeaderList(S),h.query[Qf]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,S,await qc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:s,signingRegion:n,signingService:i,eventStreamCredentials:a}){let c=n??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=Wc(l,c,i??this.service),m=await qc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=le(await f.
digest()),y=[z0,d,u,s,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:s,eventStreamCredentials:n}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:s,priorSignature:e.priorSignature,eventStreamCredentials:n}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:s,eventStreamCredentials:n}={}){let i=n??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,s));return l.update(lr(e)),le(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:s,signingRegion:n,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=n??await this.regionProvider(),l=ng(e),{longDate:d,shortDate:u}=this.formatDate(r),m=Wc(u,c,i??this.service);l.headers[tg]=d,a.sessionToken&&(l.headers[M0]=
a.sessionToken);let f=await qc(l,this.sha256);!oI(hi,l.headers)&&this.applyChecksum&&(l.headers[hi]=f);let g=sg(l,s,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[eg]=`${zc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,s){let n=await this.createStringToSign(e,r,s,zc),i=new this.sha256(await o);return i.update(lr(n)),le(await i.digest())}getSigningKey(e,r,o,s){
return Z0(this.sha256,e,o,r,s||this.service)}}});var Kc,pI=p(()=>{Kc={SignatureV4a:null}});var Jc=p(()=>{cI();pI()});function M1(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=Tc(e,Ic,li):r?o=Cr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function B1(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var ig,lI=p(()=>{F();
Oe();Jc();ig=t=>e=>{let r=e.credentials,o=!!e.credentials,s;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==s&&(o=!0),r=d;let u=M1(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=B1(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;s=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?H(h,"CREDENTIALS_CODE","e"):h},s.memoized=m.memoized,s.configBound=m.configBound,s.attributed=!0}else s=m},get(){
return s},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:n=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Cr(e.signer):e.regionInfoProvider?c=()=>Cr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:n},y=e.signerConstructor||Eo;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Cr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:n},g=e.signerConstructor||Eo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:n,signer:c,disableClockSkewCorrection:Cr(
e.disableClockSkewCorrection??t)})}});var ag=p(()=>{Kf();_0();C0();b0();lI()});var G1,z1,dI,uI=p(()=>{L();G1="AWS_DISABLE_CLOCK_SKEW_CORRECTION",z1="disable_clock_skew_correction",dI={environmentVariableSelector:t=>ur(t,G1,ht.ENV),configFileSelector:t=>ur(
t,z1,ht.CONFIG),default:!1}});var mI,fI=p(()=>{L();uI();mI=_(dI)});var Zt,he=p(()=>{ag();ag();fI();Zt=ig(mI)});var yi,gI=p(()=>{yi={CrtSignerV4:null}});function yI(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function SI(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var cg,hI,Xc,EI=p(()=>{Jc();cg="X-Amz-S3session-Token",hI=cg.toLowerCase(),Xc=class extends Eo{async signWithCredentials(e,r,o){
let s=yI(r);e.headers[hI]=r.sessionToken;let n=this;return SI(n,s),n.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let s=yI(r);return delete e.headers[hI],
e.headers[cg]=r.sessionToken,e.query=e.query??{},e.query[cg]=r.sessionToken,SI(this,s),this.presign(e,o)}}});var br,xI=p(()=>{Jc();gI();EI();br=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof yi.CrtSignerV4=="function"?"crt":typeof Kc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Xc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let s=this.getSigv4aSigner(),n=yi.CrtSignerV4;if(n&&s instanceof
n)return s.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),s=yi.CrtSignerV4;if(s&&o instanceof s)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=yi.CrtSignerV4,r=Kc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Si=p(()=>{xI()});var Ri,_i,ug,mg,fg,gg,Zc,FI=p(()=>{F();L();Ri="AWS_ACCESS_KEY_ID",_i="AWS_SECRET_ACCESS_KEY",ug="AWS_SESSION_TOKEN",mg="AWS_CREDENTIAL_EXPIRATION",fg="AWS_CREDE\
NTIAL_SCOPE",gg="AWS_ACCOUNT_ID",Zc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Ri],r=process.env[_i],o=process.
env[ug],s=process.env[mg],n=process.env[fg],i=process.env[gg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...s&&{expiration:new Date(
s)},...n&&{credentialScope:n},...i&&{accountId:i}};return H(a,"CREDENTIALS_ENV_VARS","g"),a}throw new w("Unable to find environment variable credentials.",{logger:t?.
logger})}});var MI={};ar(MI,{ENV_ACCOUNT_ID:()=>gg,ENV_CREDENTIAL_SCOPE:()=>fg,ENV_EXPIRATION:()=>mg,ENV_KEY:()=>Ri,ENV_SECRET:()=>_i,ENV_SESSION:()=>ug,fromEnv:()=>Zc});var hg=p(
()=>{FI()});var ep,tp,yg=p(()=>{ep=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",tp=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var BI,HI,an,rp=p(()=>{BI=1e3,HI=0,an=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Sg,GI=p(()=>{Sg=no(require("node:http"))});function xo(t){return new Promise((e,r)=>{let o=Sg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",s=>{r(Object.
assign(new Ye("Unable to connect to instance metadata service"),s)),o.destroy()}),o.on("timeout",()=>{r(new Ye("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",s=>{let{statusCode:n=400}=s;(n<200||300<=n)&&(r(Object.assign(new Ye("Error response received from instance metadata service"),{statusCode:n})),
o.destroy());let i=[];s.on("data",a=>{i.push(a)}),s.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var op=p(()=>{L();GI()});var wi,Eg=p(()=>{wi=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var cn,Ii,sp,zI,Q1,Z1,eL,tL,rL,jI=p(()=>{L();yg();rp();op();Eg();cn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Ii="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",sp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",zI=(t={})=>{let{timeout:e,maxRetries:r}=an(t);return()=>wi(async()=>{let o=await rL({logger:t.logger}),s=JSON.parse(await Q1(e,o));if(!ep(
s))throw new w("Invalid response received from instance metadata service.",{logger:t.logger});return tp(s)},r)},Q1=async(t,e)=>(process.env[sp]&&(e.headers={...e.
headers,Authorization:process.env[sp]}),(await xo({...e,timeout:t})).toString()),Z1="169.254.170.2",eL=new Set(["localhost","127.0.0.1"]),tL=new Set(["http:","h\
ttps:"]),rL=async({logger:t})=>{if(process.env[Ii])return{hostname:Z1,path:process.env[Ii]};if(process.env[cn]){let e;try{e=new URL(process.env[cn])}catch{throw new w(
`${process.env[cn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!eL.has(e.hostname))throw new w(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!tL.has(e.protocol))throw new w(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new w(`The container metadata credential provider cannot be used unless the ${Ii} or ${cn} environment variable is set`,{tryNextLink:!1,logger:t})}});var np,VI=p(()=>{L();np=class t extends w{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var as,xg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(as||(as={}))});var oL,sL,WI,qI=p(()=>{oL="AWS_EC2_METADATA_SERVICE_ENDPOINT",sL="ec2_metadata_service_endpoint",WI={environmentVariableSelector:t=>t[oL],configFileSelector:t=>t[sL],
default:void 0}});var Ro,Rg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(Ro||(Ro={}))});var nL,iL,KI,JI=p(()=>{Rg();nL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",iL="ec2_metadata_service_endpoint_mode",KI={environmentVariableSelector:t=>t[nL],configFileSelector:t=>t[iL],
default:Ro.IPv4}});var ip,aL,cL,_g=p(()=>{L();U();xg();qI();Rg();JI();ip=async()=>fe(await aL()||await cL()),aL=async()=>_(WI)(),cL=async()=>{let t=await _(KI)();switch(t){case Ro.
IPv4:return as.IPv4;case Ro.IPv6:return as.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(Ro)}`)}}});var pL,wg,XI=p(()=>{pL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",wg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+pL);let s=t.originalExpiration??t.expiration;return{...t,...s?{originalExpiration:s}:{},expiration:o}}});var YI,QI=p(()=>{XI();YI=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let s;try{s=await t(),s.expiration&&s.expiration.getTime()<Date.now()&&(s=wg(s,r))}catch(n){
if(o)r.warn("Credential renew failed: ",n),s=wg(o,r);else throw n}return o=s,s}}});var tT,lL,Ig,ZI,eT,rT,dL,uL,mL,fL,oT=p(()=>{L();VI();yg();rp();op();Eg();_g();QI();tT="/latest/meta-data/iam/security-credentials/",lL="/latest/api/token",Ig="A\
WS_EC2_METADATA_V1_DISABLED",ZI="ec2_metadata_v1_disabled",eT="x-aws-ec2-metadata-token",rT=(t={})=>YI(dL(t),{logger:t.logger}),dL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:s,maxRetries:n}=an(t),i=async(a,c)=>{if(e||c.headers?.[eT]==null){let u=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[Ig];if(m=!!y&&y!=="f\
alse",y===void 0)throw new w(`${Ig} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[ZI];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${ZI})`),m&&g.push(`process environment variable (${Ig})`),new np(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await wi(async()=>{let u;try{u=await mL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return wi(async()=>{let u;try{u=await fL(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await ip();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(n,{...a,timeout:s});{let c;try{c=(await uL({...a,timeout:s})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(n,{...a,timeout:s})}return i(n,{...a,headers:{[eT]:c},timeout:s})}}},
uL=async t=>xo({...t,path:lL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),mL=async t=>(await xo({...t,path:tT})).toString(),fL=async(t,e,r)=>{
let o=JSON.parse((await xo({...e,path:tT+t})).toString());if(!ep(o))throw new w("Invalid response received from instance metadata service.",{logger:r.logger});return tp(
o)}});var ap={};ar(ap,{DEFAULT_MAX_RETRIES:()=>HI,DEFAULT_TIMEOUT:()=>BI,ENV_CMDS_AUTH_TOKEN:()=>sp,ENV_CMDS_FULL_URI:()=>cn,ENV_CMDS_RELATIVE_URI:()=>Ii,Endpoint:()=>as,
fromContainerMetadata:()=>zI,fromInstanceMetadata:()=>rT,getInstanceMetadataEndpoint:()=>ip,httpRequest:()=>xo,providerConfigFromInit:()=>an});var cp=p(()=>{jI();
oT();rp();op();_g();xg()});function Tg(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let s=new Error("Request aborted");return s.name="AbortErr\
or",s.cause=e,s}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var sT=p(()=>{});var nT,iT=p(()=>{nT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var aT,cT=p(()=>{O();aT=t=>{let e={};for(let r in t){if(!b(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var pn,pT=p(()=>{pn=no(require("node:https"))});var de,cs=p(()=>{de={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var lT,dT,uT=p(()=>{cs();lT=1e3,dT=(t,e,r=0)=>{if(!r)return-1;let o=s=>{let n=de.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-s),i=a=>{a?.connecting?
a.on("connect",()=>{de.clearTimeout(n)}):de.clearTimeout(n)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):de.setTimeout(o.bind(null,lT),lT)}});var mT,fT=p(()=>{cs();mT=(t,e,r=0,o,s)=>r?de.setTimeout(()=>{let n=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(n),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else n+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",s?.warn?.(n)},r):-1});var gL,gT,hT=p(()=>{cs();gL=3e3,gT=(t,{keepAlive:e,keepAliveMsecs:r},o=gL)=>{if(e!==!0)return-1;let s=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
n=>{n.setKeepAlive(e,r||0)})};return o===0?(s(),0):de.setTimeout(s,o)}});var pp,yT=p(()=>{pp=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var hL,vg,ST=p(()=>{cs();hL=3e3,vg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let s;t.once("response",c=>s=c);let n=()=>{if(s?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});s?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,n),t.on("close",()=>c.removeListener("timeout",n))):t.once("socket",i)};if(r<6e3){i();return}let a=de.setTimeout(i,hL);t.once("close",()=>de.clearTimeout(a))}});async function RT(t,e,r=ET,o=!1){let s=e.headers,n=s?s.Expect||s.expect:void 0,i=-1,a=!0;!o&&n==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
de.setTimeout(()=>c(!0),Math.max(ET,r)))}),new Promise(c=>{t.on("continue",()=>{de.clearTimeout(i),c(!0)}),t.on("response",()=>{de.clearTimeout(i),c(!1)}),t.on(
"error",()=>{de.clearTimeout(i),c(!1)})})])),a&&yL(t,e.body)}function yL(t,e){if(e instanceof xT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let s=e;if(typeof s=="object"&&s.buffer&&typeof s.byteOffset=="number"&&typeof s.byteLength=="nu\
mber"){t.end(Buffer.from(s.buffer,s.byteOffset,s.byteLength));return}t.end(Buffer.from(e));return}t.end()}var xT,ET,_T=p(()=>{xT=require("node:stream");cs();ET=
6e3});var lp,wT,Ce,IT=p(()=>{O();U();sT();iT();cT();pT();uT();fT();hT();yT();ST();cs();_T();Ce=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:s,requests:n,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(s&&n)for(let c in s){if(!b(s,c))continue;let l=s[c]?.length??0,d=n[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(s=>{r(this.resolveDefaultConfig(s))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let s=this.config,n=s.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{de.clearTimeout(d),de.clearTimeout(u),de.clearTimeout(m),de.clearTimeout(f)},y=async q=>{await l,g(),a(q)},h=async q=>{await l,g(),c(q)};if(r?.aborted){
let q=Tg(r);h(q);return}let S=e.headers,E=S?(S.Expect??S.expect)==="100-continue":!1,T=i?s.httpsAgent:s.httpAgent;E&&!this.externalAgent&&(T=new(i?pn.default.Agent:
lp)({keepAlive:!1,maxSockets:1/0})),d=de.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(T,this.socketWarningTimestamp,n)},s.socketAcquisitionWarningTimeout??
(s.requestTimeout??2e3)+(s.connectionTimeout??1e3));let R=e.query?df(e.query):"",I;if(e.username!=null||e.password!=null){let q=e.username??"",Ir=e.password??"";
I=`${q}:${Ir}`}let M=e.path;R&&(M+=`?${R}`),e.fragment&&(M+=`#${e.fragment}`);let oe=e.hostname??"";oe[0]==="["&&oe.endsWith("]")?oe=e.hostname.slice(1,-1):oe=e.
hostname;let hr={headers:e.headers,host:oe,method:e.method,path:M,port:e.port,agent:T,auth:I},me=(i?pn.default.request:wT)(hr,q=>{let Ir=new mt({statusCode:q.statusCode||
-1,reason:q.statusMessage,headers:aT(q.headers),body:q});y({response:Ir})});if(me.on("error",q=>{nT.includes(q.code)?h(Object.assign(q,{name:"TimeoutError"})):h(
q)}),r){let q=()=>{me.destroy();let Ir=Tg(r);h(Ir)};if(typeof r.addEventListener=="function"){let Ir=r;Ir.addEventListener("abort",q,{once:!0}),me.once("close",
()=>Ir.removeEventListener("abort",q))}else r.onabort=q}let Ne=o??s.requestTimeout;u=dT(me,h,s.connectionTimeout),m=mT(me,h,Ne,s.throwOnRequestTimeout,n??console);
let Jt=s.socketTimeout===void 0?pp(s):void 0;Jt?vg(me,h,Jt,!0):vg(me,h,s.socketTimeout);let dt=hr.agent;typeof dt=="object"&&"keepAlive"in dt&&(f=gT(me,{keepAlive:dt.
keepAlive,keepAliveMsecs:dt.keepAliveMsecs})),l=RT(me,e,Ne,this.externalAgent).catch(q=>(g(),c(q)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=pp(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:s,
socketAcquisitionWarningTimeout:n,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:s,
defaultSocketTimeout:pp(e),socketAcquisitionWarningTimeout:n,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return wT=y,lp=g,i instanceof lp||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new lp({keepAlive:d,maxSockets:u,...i})})(),httpsAgent:a instanceof
pn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new pn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var eo=p(()=>{IT();O()});var SL,EL,xL,TT,vT=p(()=>{L();SL="169.254.170.2",EL="169.254.170.23",xL="[fd00:ec2::23]",TT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===SL||t.hostname===EL||
t.hostname===xL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=s=>{let n=parseInt(s,10);return 0<=n&&n<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new w(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function AT(t){return new z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function CT(t,e){let o=await ei(t.body).transformToString();if(t.statusCode===200){let s=JSON.parse(o);if(typeof s.AccessKeyId!=
"string"||typeof s.SecretAccessKey!="string"||typeof s.Token!="string"||typeof s.Expiration!="string")throw new w("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:s.
AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.Token,expiration:Du(s.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let s={};try{s=JSON.parse(
o)}catch{}throw Object.assign(new w(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:s.Code,Message:s.Message})}throw new w(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var bT=p(()=>{L();U();O();O()});var PT,OT=p(()=>{PT=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(n=>setTimeout(n,r))}return await t()}});var NT,RL,_L,wL,IL,TL,kT,DT,$T=p(()=>{F();L();eo();NT=no(require("node:fs/promises"));vT();bT();OT();RL="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",_L="http://169.\
254.170.2",wL="AWS_CONTAINER_CREDENTIALS_FULL_URI",IL="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",TL="AWS_CONTAINER_AUTHORIZATION_TOKEN",kT=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[RL],o=t.awsContainerCredentialsFullUri??process.env[wL],
s=t.awsContainerAuthorizationToken??process.env[TL],n=t.awsContainerAuthorizationTokenFile??process.env[IL],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),s&&n&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${_L}${r}`;else if(o)e=o;else
throw new w(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);TT(a,t.logger);let c=Ce.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=PT(async()=>{let u=AT(a);n?u.headers.Authorization=DT((await NT.default.readFile(n)).toString()):s&&(u.headers.Authorization=DT(
s));try{let m=await c.handle(u,{requestTimeout:l});return CT(m.response).then(f=>H(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new w(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},DT=t=>{if(t.includes(`\r
`))throw new w("Authorization token contains invalid \\r\\n sequence.");return t}});var Ag={};ar(Ag,{fromHttp:()=>kT});var Cg=p(()=>{$T()});var dp,bg=p(()=>{dp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var ln,up=p(()=>{ln="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function AL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function CL(t){return{schemeId:"smithy.api#noAuth"}}var MT,BT,HT,Pg=p(()=>{he();v();MT=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});BT=t=>{let e=[];return t.operation==="CreateToken"?e.push(CL(t)):e.push(AL(t)),
e},HT=t=>{let e=Zt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var GT,zT,Og=p(()=>{GT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
zT={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var _o,Ti=p(()=>{_o={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
k-js-v3/tree/main/packages/nested-clients",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{
type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"packages/nested-clients"},files:["./cognito-identity.d.ts","./cognito-identity.js","./signi\
n.d.ts","./signin.js","./sso-oidc.d.ts","./sso-oidc.js","./sso.d.ts","./sso.js","./sts.d.ts","./sts.js","dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"\
./dist-es/index.js",browser:{"./dist-es/submodules/cognito-identity/runtimeConfig":"./dist-es/submodules/cognito-identity/runtimeConfig.browser","./dist-es/subm\
odules/signin/runtimeConfig":"./dist-es/submodules/signin/runtimeConfig.browser","./dist-es/submodules/sso-oidc/runtimeConfig":"./dist-es/submodules/sso-oidc/ru\
ntimeConfig.browser","./dist-es/submodules/sso/runtimeConfig":"./dist-es/submodules/sso/runtimeConfig.browser","./dist-es/submodules/sts/runtimeConfig":"./dist-\
es/submodules/sts/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"],"*":["dist-types/ts3.4/su\
bmodules/*/index.d.ts"]}},"react-native":{},exports:{"./package.json":"./package.json","./sso-oidc":{types:"./dist-types/submodules/sso-oidc/index.d.ts",module:"\
./dist-es/submodules/sso-oidc/index.js",node:"./dist-cjs/submodules/sso-oidc/index.js",import:"./dist-es/submodules/sso-oidc/index.js",require:"./dist-cjs/submo\
dules/sso-oidc/index.js"},"./sts":{types:"./dist-types/submodules/sts/index.d.ts",module:"./dist-es/submodules/sts/index.js",node:"./dist-cjs/submodules/sts/ind\
ex.js",import:"./dist-es/submodules/sts/index.js",require:"./dist-cjs/submodules/sts/index.js"},"./signin":{types:"./dist-types/submodules/signin/index.d.ts",module:"\
./dist-es/submodules/signin/index.js",node:"./dist-cjs/submodules/signin/index.js",import:"./dist-es/submodules/signin/index.js",require:"./dist-cjs/submodules/\
signin/index.js"},"./cognito-identity":{types:"./dist-types/submodules/cognito-identity/index.d.ts",module:"./dist-es/submodules/cognito-identity/index.js",node:"\
./dist-cjs/submodules/cognito-identity/index.js",import:"./dist-es/submodules/cognito-identity/index.js",require:"./dist-cjs/submodules/cognito-identity/index.j\
s"},"./sso":{types:"./dist-types/submodules/sso/index.d.ts",module:"./dist-es/submodules/sso/index.js",node:"./dist-cjs/submodules/sso/index.js",import:"./dist-\
es/submodules/sso/index.js",require:"./dist-cjs/submodules/sso/index.js"}},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","b\
uild:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_\
package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premo\
ve dist-cjs dist-es dist-types",lint:"node ../../scripts/validation/submodules-linter.js",prebuild:"yarn lint",test:"yarn g:vitest run","test:watch":"yarn g:vit\
est watch"},dependencies:{"@aws-sdk/core":"^3.981.1","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var wo,mp=p(()=>{v();Q();wo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),s=Object.
values(o).find(n=>!!n.getMergedTraits().httpPayload);if(s){let n=s.getMergedTraits().mediaType;return n||(s.isStringSchema()?"text/plain":s.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,s,n,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:n,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{s.message=s.message??s.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),s)}let m=s,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),s)}}compose(e,r,o){let s=o;r.includes(
"#")&&([s]=r.split("#"));let n=K.for(s),i=K.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(n),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,s=ja(e,r);o&&(s.message=o);let n=s.Error??{};n.Type=s.Error?.Type,n.Code=s.Error?.Code,n.Message=s.Error?.message??
s.Error?.Message??o,s.Error=n;let i=s.$metadata.requestId;return i&&(s.RequestId=i),s}return ja(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[s,n]=o.split(";"),i=Object.keys(e),a={Code:s,Type:n};e.Code=s,e.Type=n;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(s=>B.of(s).getMergedTraits().awsQueryError?.[0]===r)}}}});var fp,jT=p(()=>{U();Q();mp();fp=class extends Zo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=n??new rs({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!s,
this.mixin=new wo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,o);return s.path.endsWith("/")||(s.path+="/"),s.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,s.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(s.headers["x-amzn-query-mode"]="true"),(Xr(e.input)==="unit"||!s.body)&&(s.body="{}"),s}getPayloadCodec(){return this.codec}async handleError(e,r,o,s,n){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(s,o);let a=xf(o,s,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,s,n,i?this.mixin.findQueryCompatibleError:void 0),d=B.of(
c),u=s.message??s.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of d.
structIterator())s[h]!=null&&(g[h]=y.readObject(S,s[h]));throw i&&this.mixin.queryCompatOutput(s,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),s)}}});var ps,VT=p(()=>{jT();ps=class extends fp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var to,WT=p(()=>{U();Q();mp();to=class extends ni{serializer;deserializer;codec;mixin=new wo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let s={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new rs(s),this.serializer=
new ai(this.codec.createSerializer(),s),this.deserializer=new ii(this.codec.createDeserializer(),s)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,
o),n=B.of(e.input);if(!s.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),n);i&&(s.headers["content-type"]=i)}return s.
body==null&&s.headers["content-type"]===this.getDefaultContentType()&&(s.body="{}"),s}async deserializeResponse(e,r,o){let s=await super.deserializeResponse(e,r,
o),n=B.of(e.output);for(let[i,a]of n.structIterator())a.getMemberTraits().httpPayload&&!(i in s)&&(s[i]=null);return s}async handleError(e,r,o,s,n){let i=Ef(o,s)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,s,n),l=B.of(a),d=s.message??s.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,s);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,s[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),s)}getDefaultContentType(){return"applicatio\
n/json"}}});function Dg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function kg(t){return new Ng(t).parse()}var Ng,qT=p(
()=>{Ng=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let s=r.x.slice(r.i,o);return r.i=o+e.length,s}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,s={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&Dg(s),s[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?s:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let n=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,n.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];n.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&n.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=n.length===1?n[0]:n.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of n)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&Dg(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(s))d==="__proto__"&&Dg(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,s,n)=>o?
String.fromCharCode(parseInt(o,16)):s?String.fromCharCode(parseInt(s,10)):t.ENTITIES[n]??"")}}});var KT=p(()=>{qT()});var dn,$g=p(()=>{dn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var gp,JT=p(()=>{gp=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function XT(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var YT=p(()=>{});var hp,QT=p(()=>{KT();v();U();Q();O();$g();JT();YT();hp=class extends dn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new es(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let s=B.of(e),n=s.getMemberSchemas();if(s.isStructSchema()&&
s.isMemberSchema()&&!!Object.values(n).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(n)[0];return n[d].isBlobSchema()?l[d]=r:l[d]=this.read(
n[d],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=B.of(e);if(o.isUnitSchema())return;
let s=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let n=!!s.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=n?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;n?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&XT(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new gp(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=kg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",s=Object.keys(r)[0],n=r[s];return n[o]&&(n[s]=n[o],delete n[o]),Va(n)}return{}}}});var yp,ZT=p(()=>{U();Q();O();O();$g();yp=class extends dn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let s=B.of(e);if(o&&!o.endsWith(".")&&(o+="."),s.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(s.isBooleanSchema()||s.isNumericSchema()||s.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):s.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Vs()));else if(s.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(s.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Ie?r.string:String(r)));else if(s.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),ts(s,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(jo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(s.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(s.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let n=s.getValueSchema(),i=this.settings.flattenLists||s.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=n.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(n,c,u),++a}}}else if(s.isMapSchema()){
if(r&&typeof r=="object"){let n=s.getKeySchema(),i=s.getValueSchema(),a=s.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=n.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(n,l,f),this.write(i,d,h),++c}}}else if(s.isStructSchema()){if(r&&typeof r=="object"){let n=!1;
for(let[i,a]of s.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),n=!0}if(!n&&s.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!s.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${s.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,s){let{ec2:n,
capitalizeKeys:i}=this.settings;if(n&&o)return o;let a=r??e;return i&&s==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Jo(e)}=`}writeValue(e){this.buffer+=Jo(e)}}});var ls,ev=p(()=>{U();Q();mp();QT();ZT();ls=class extends Zo{options;serializer;deserializer;mixin=new wo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new yp(r),this.deserializer=new hp(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let s=await super.serializeRequest(e,r,o);s.path.endsWith("/")||(s.path+="/"),s.headers["content-type"]="application/x-www-form-urlencoded",(Xr(e.input)==="unit"||
!s.body)&&(s.body="");let n=e.name.split("#")[1]??e.name;return s.body=`Action=${n}&Version=${this.options.version}`+s.body,s.body.endsWith("&")&&(s.body=s.body.
slice(-1)),s}async deserializeResponse(e,r,o){let s=this.deserializer,n=B.of(e.output),i={};if(o.statusCode>=300){let d=await Qe(o.body,r);d.byteLength>0&&Object.
assign(i,await s.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=n.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await Qe(o.body,r);return l.byteLength>0&&Object.
assign(i,await s.read(n,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,s,n){let i=this.loadQueryErrorCode(o,
s)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(s)??{},c=this.loadQueryErrorMessage(s);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,n,this.mixin.findQueryCompatibleError),u=B.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of u.structIterator()){let S=h.getMergedTraits().xmlName??y,E=a[S]??s[S];g[y]=this.deserializer.readSchema(h,E)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),s)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Io=p(()=>{VT();WT();ev()});var vi,ds,Sp,tv,nv,Ep,Lg,rv,Ug,un,ov,sv,PL,er,OL,iv,av=p(()=>{j();vi="ref",ds=-1,Sp=!0,tv="isSet",nv="PartitionResult",Ep="booleanEquals",Lg="getAttr",rv={[vi]:"\
Endpoint"},Ug={[vi]:nv},un={},ov=[{[vi]:"Region"}],sv={conditions:[[tv,[rv]],[tv,ov],["aws.partition",ov,nv],[Ep,[{[vi]:"UseFIPS"},Sp]],[Ep,[{[vi]:"UseDualStack"},
Sp]],[Ep,[{fn:Lg,argv:[Ug,"supportsDualStack"]},Sp]],[Ep,[{fn:Lg,argv:[Ug,"supportsFIPS"]},Sp]],["stringEquals",[{fn:Lg,argv:[Ug,"name"]},"aws-us-gov"]]],results:[
[ds],[ds,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ds,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[rv,
un],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",un],[ds,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",un],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",un],[ds,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",un],[ds,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",un],[ds,"Invalid Configuration: Missing Region"]]},PL=2,er=1e8,OL=new Int32Array([-1,1,-1,0,13,3,1,4,er+12,2,5,er+12,3,
8,6,4,7,er+11,5,er+9,er+10,4,11,9,6,10,er+8,7,er+6,er+7,5,12,er+5,6,er+4,er+5,3,er+1,14,4,er+2,er+3]),iv=Ue.from(OL,PL,sv.conditions,sv.results)});var DL,cv,pv=p(()=>{F();j();av();DL=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),cv=(t,e={})=>DL.get(t,()=>Ct(iv,{endpointParams:t,logger:e.
logger}));ve.aws=ot});var De,xp=p(()=>{v();De=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Ai,Ci,bi,Pi,Oi,Di,Ni,ki,$i,Li,Ui,Fg=p(()=>{xp();Ai=class t extends De{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Ci=class t extends De{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},bi=class t extends De{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Pi=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Oi=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Di=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ni=class t extends De{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
ki=class t extends De{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
$i=class t extends De{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Li=class t extends De{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ui=class t extends De{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var NL,kL,$L,LL,UL,FL,ML,BL,HL,GL,zL,jL,VL,WL,qL,KL,JL,XL,YL,QL,zr,ZL,eU,tU,rU,oU,ye,sU,Pr,nU,iU,Or,aU,lv,dv,cU,uv,pU,lU,dU,_e,mv,fv,Rr,gv,hv,yv,Sv,Ev,xv,Rv,_v,
wv,Iv,Tv,Mg,uU,mU,fU,gU,vv,Av,Cv,Bg,Rp=p(()=>{Q();Fg();xp();NL="AccessDeniedException",kL="AuthorizationPendingException",$L="AccessToken",LL="ClientSecret",UL=
"CreateToken",FL="CreateTokenRequest",ML="CreateTokenResponse",BL="CodeVerifier",HL="ExpiredTokenException",GL="InvalidClientException",zL="InvalidGrantExceptio\
n",jL="InvalidRequestException",VL="InternalServerException",WL="InvalidScopeException",qL="IdToken",KL="RefreshToken",JL="SlowDownException",XL="UnauthorizedCl\
ientException",YL="UnsupportedGrantTypeException",QL="accessToken",zr="client",ZL="clientId",eU="clientSecret",tU="codeVerifier",rU="code",oU="deviceCode",ye="e\
rror",sU="expiresIn",Pr="error_description",nU="grantType",iU="http",Or="httpError",aU="idToken",lv="reason",dv="refreshToken",cU="redirectUri",uv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",pU="scope",lU="server",dU="tokenType",_e="com.amazonaws.ssooidc",mv=new K(uv),fv=[-3,uv,"SSOOIDCServiceException",0,[],[]];mv.
registerError(fv,De);Rr=new K(_e),gv=[-3,_e,NL,{[ye]:zr,[Or]:400},[ye,lv,Pr],[0,0,0]];Rr.registerError(gv,Ai);hv=[-3,_e,kL,{[ye]:zr,[Or]:400},[ye,Pr],[0,0]];Rr.
registerError(hv,Ci);yv=[-3,_e,HL,{[ye]:zr,[Or]:400},[ye,Pr],[0,0]];Rr.registerError(yv,bi);Sv=[-3,_e,VL,{[ye]:lU,[Or]:500},[ye,Pr],[0,0]];Rr.registerError(Sv,Pi);
Ev=[-3,_e,GL,{[ye]:zr,[Or]:401},[ye,Pr],[0,0]];Rr.registerError(Ev,Oi);xv=[-3,_e,zL,{[ye]:zr,[Or]:400},[ye,Pr],[0,0]];Rr.registerError(xv,Di);Rv=[-3,_e,jL,{[ye]:zr,
[Or]:400},[ye,lv,Pr],[0,0,0]];Rr.registerError(Rv,Ni);_v=[-3,_e,WL,{[ye]:zr,[Or]:400},[ye,Pr],[0,0]];Rr.registerError(_v,ki);wv=[-3,_e,JL,{[ye]:zr,[Or]:400},[ye,
Pr],[0,0]];Rr.registerError(wv,$i);Iv=[-3,_e,XL,{[ye]:zr,[Or]:400},[ye,Pr],[0,0]];Rr.registerError(Iv,Li);Tv=[-3,_e,YL,{[ye]:zr,[Or]:400},[ye,Pr],[0,0]];Rr.registerError(
Tv,Ui);Mg=[mv,Rr],uU=[0,_e,$L,8,0],mU=[0,_e,LL,8,0],fU=[0,_e,BL,8,0],gU=[0,_e,qL,8,0],vv=[0,_e,KL,8,0],Av=[3,_e,FL,0,[ZL,eU,nU,oU,rU,dv,pU,cU,tU],[0,[()=>mU,0],
0,0,0,[()=>vv,0],64,0,[()=>fU,0]],3],Cv=[3,_e,ML,0,[QL,dU,sU,dv,aU],[[()=>uU,0],0,1,[()=>vv,0],[()=>gU,0]]],Bg=[9,_e,UL,{[iU]:["POST","/token",200]},()=>Av,()=>Cv]});var bv,Pv=p(()=>{he();Io();Oe();Hr();v();U();O();Pg();pv();Rp();bv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??cv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
BT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new xe,protocol:t?.protocol??to,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Mg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var Ov,Dv=p(()=>{Ti();F();he();v();L();rt();O();eo();Pv();Ov=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=bv(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Bt({serviceId:o.serviceId,clientVersion:_o.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||He},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,s),useFipsEndpoint:t?.useFipsEndpoint??_(Et,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var Nv,kv,$v=p(()=>{Nv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},kv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Lv,Uv=p(()=>{F();v();U();$v();Lv=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),Nv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
kv(r))}});var Fi,Hg=p(()=>{F();Oe();v();L();j();U();rt();Q();Pg();Og();Dv();Uv();Fi=class extends Re{config;constructor(...[e]){let r=Ov(e||{});super(r),this.initConfig=r;
let o=GT(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Xt(a),l=HT(c),d=Lv(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:MT,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var Fv,Mv,Bv,Hv=p(()=>{v();j();Og();Fv=Tt(zT,"AWSSSOOIDCService","SSOOIDCClient",Yt),Mv={},Bv=(t,e,r,o)=>[]});var Mi,Gg=p(()=>{Hv();Rp();Mi=class extends Fv(Mv,Bv,"CreateToken",Bg){}});var hU,_p,Gv=p(()=>{v();Gg();Hg();hU={CreateTokenCommand:Mi},_p=class extends Fi{};Yr(hU,_p)});var zv=p(()=>{Gg()});var yU,SU,jv=p(()=>{yU={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},SU={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var Vv=p(()=>{});var zg={};ar(zg,{$Command:()=>Er,AccessDeniedException:()=>Ai,AccessDeniedException$:()=>gv,AccessDeniedExceptionReason:()=>yU,AuthorizationPendingException:()=>Ci,
AuthorizationPendingException$:()=>hv,CreateToken$:()=>Bg,CreateTokenCommand:()=>Mi,CreateTokenRequest$:()=>Av,CreateTokenResponse$:()=>Cv,ExpiredTokenException:()=>bi,
ExpiredTokenException$:()=>yv,InternalServerException:()=>Pi,InternalServerException$:()=>Sv,InvalidClientException:()=>Oi,InvalidClientException$:()=>Ev,InvalidGrantException:()=>Di,
InvalidGrantException$:()=>xv,InvalidRequestException:()=>Ni,InvalidRequestException$:()=>Rv,InvalidRequestExceptionReason:()=>SU,InvalidScopeException:()=>ki,InvalidScopeException$:()=>_v,
SSOOIDC:()=>_p,SSOOIDCClient:()=>Fi,SSOOIDCServiceException:()=>De,SSOOIDCServiceException$:()=>fv,SlowDownException:()=>$i,SlowDownException$:()=>wv,UnauthorizedClientException:()=>Li,
UnauthorizedClientException$:()=>Iv,UnsupportedGrantTypeException:()=>Ui,UnsupportedGrantTypeException$:()=>Tv,__Client:()=>Re,errorTypeRegistries:()=>Mg});var jg=p(
()=>{Hg();Gv();zv();v();Rp();jv();Fg();Vv();xp()});var Wv,qv=p(()=>{Wv=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(jg(),zg)),s=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:s("logger"),userAgentAppId:s("userAgentAppId")}))}});var Kv,Jv=p(()=>{qv();Kv=async(t,e,r={},o)=>{let{CreateTokenCommand:s}=await Promise.resolve().then(()=>(jg(),zg));return(await Wv(e,r,o)).send(new s({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Vg,Xv=p(()=>{L();up();Vg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new dr(`Token is expired. ${ln}`,!1)}});var To,Yv=p(()=>{L();up();To=(t,e,r=!1)=>{if(typeof e>"u")throw new dr(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${ln}`,!1)}});var Qv,EU,Zv,eA=p(()=>{L();Qv=require("node:fs"),{writeFile:EU}=Qv.promises,Zv=(t,e)=>{let r=Bn(t),o=JSON.stringify(e,null,2);return EU(r,o)}});var tA,wp,Wg,rA=p(()=>{L();up();Jv();Xv();Yv();eA();tA=new Map,wp=new Map,Wg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await vr(t),o=yt({profile:t.profile??e?.profile}),s=r[o];if(s){if(!s.sso_session)throw new dr(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new dr(`Profile '${o}' could not be found in shared credentials file.`,!1);let n=s.sso_session,i=wp.get(n);if(i)return await i;let c=(await Wn(
t))[n];if(!c)throw new dr(`Sso session '${n}' could not be found in shared credentials file.`,!1);for(let E of["sso_start_url","sso_region"])if(!c[E])throw new dr(
`Sso session '${n}' is missing required property '${E}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await Gn(n)}catch{throw new dr(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${ln}`,!1)}To("accessToken",u.accessToken),To("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=wp.get(n);if(y)return await y;let h=tA.get(n)??0;if(Date.now()-h<30*1e3)
return Vg(g),g;To("clientId",u.clientId,!0),To("clientSecret",u.clientSecret,!0),To("refreshToken",u.refreshToken,!0);let S=(async()=>{try{tA.set(n,Date.now());
let E=await Kv(u,d,t,e);To("accessToken",E.accessToken),To("expiresIn",E.expiresIn);let T=new Date(Date.now()+E.expiresIn*1e3);try{await Zv(n,{...u,accessToken:E.
accessToken,expiresAt:T.toISOString(),refreshToken:E.refreshToken})}catch{}return{token:E.accessToken,expiration:T}}catch{return Vg(g),g}})();wp.set(n,S);try{return await S}finally{
wp.delete(n)}}});var oA=p(()=>{rA()});function RU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function _U(t){return{schemeId:"smithy.api#noAuth"}}var sA,nA,iA,qg=p(()=>{he();v();sA=async(t,e,r)=>({operation:te(e).operation,region:await V(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});nA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
_U(t)):e.push(RU(t)),e},iA=t=>{let e=Zt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var aA,cA,Kg=p(()=>{aA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),cA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Bi,us,Ip,pA,mA,Tp,Jg,lA,Xg,mn,dA,uA,wU,tr,IU,fA,gA=p(()=>{j();Bi="ref",us=-1,Ip=!0,pA="isSet",mA="PartitionResult",Tp="booleanEquals",Jg="getAttr",lA={[Bi]:"\
Endpoint"},Xg={[Bi]:mA},mn={},dA=[{[Bi]:"Region"}],uA={conditions:[[pA,[lA]],[pA,dA],["aws.partition",dA,mA],[Tp,[{[Bi]:"UseFIPS"},Ip]],[Tp,[{[Bi]:"UseDualStack"},
Ip]],[Tp,[{fn:Jg,argv:[Xg,"supportsDualStack"]},Ip]],[Tp,[{fn:Jg,argv:[Xg,"supportsFIPS"]},Ip]],["stringEquals",[{fn:Jg,argv:[Xg,"name"]},"aws-us-gov"]]],results:[
[us],[us,"Invalid Configuration: FIPS and custom endpoint are not supported"],[us,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[lA,
mn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[us,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",mn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",mn],[us,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[us,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",mn],[us,"Invalid Configuration: Missing Region"]]},wU=2,tr=1e8,IU=new Int32Array([-1,1,
-1,0,13,3,1,4,tr+12,2,5,tr+12,3,8,6,4,7,tr+11,5,tr+9,tr+10,4,11,9,6,10,tr+8,7,tr+6,tr+7,5,12,tr+5,6,tr+4,tr+5,3,tr+1,14,4,tr+2,tr+3]),fA=Ue.from(IU,wU,uA.conditions,
uA.results)});var TU,hA,yA=p(()=>{F();j();gA();TU=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),hA=(t,e={})=>TU.get(t,()=>Ct(fA,{endpointParams:t,logger:e.
logger}));ve.aws=ot});var ro,Yg=p(()=>{v();ro=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var vp,Ap,Cp,bp,Qg=p(()=>{Yg();vp=class t extends ro{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ap=class t extends ro{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Cp=class t extends ro{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bp=class t extends ro{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var vU,AU,CU,bU,PU,OU,DU,NU,kU,$U,LU,UU,FU,MU,BU,Pp,Op,HU,GU,Dp,zU,SA,Np,jU,VU,WU,EA,qU,KU,JU,_r,xA,XU,Hi,YU,QU,ZU,eF,RA,tF,rF,oF,sF,nF,iF,_A,kp=p(()=>{Q();Qg();
Yg();vU="AccessTokenType",AU="GetRoleCredentials",CU="GetRoleCredentialsRequest",bU="GetRoleCredentialsResponse",PU="InvalidRequestException",OU="RoleCredential\
s",DU="ResourceNotFoundException",NU="SecretAccessKeyType",kU="SessionTokenType",$U="TooManyRequestsException",LU="UnauthorizedException",UU="accountId",FU="acc\
essKeyId",MU="accessToken",BU="account_id",Pp="client",Op="error",HU="expiration",GU="http",Dp="httpError",zU="httpHeader",SA="httpQuery",Np="message",jU="roleC\
redentials",VU="roleName",WU="role_name",EA="smithy.ts.sdk.synthetic.com.amazonaws.sso",qU="secretAccessKey",KU="sessionToken",JU="x-amz-sso_bearer_token",_r="c\
om.amazonaws.sso",xA=new K(EA),XU=[-3,EA,"SSOServiceException",0,[],[]];xA.registerError(XU,ro);Hi=new K(_r),YU=[-3,_r,PU,{[Op]:Pp,[Dp]:400},[Np],[0]];Hi.registerError(
YU,vp);QU=[-3,_r,DU,{[Op]:Pp,[Dp]:404},[Np],[0]];Hi.registerError(QU,Ap);ZU=[-3,_r,$U,{[Op]:Pp,[Dp]:429},[Np],[0]];Hi.registerError(ZU,Cp);eF=[-3,_r,LU,{[Op]:Pp,
[Dp]:401},[Np],[0]];Hi.registerError(eF,bp);RA=[xA,Hi],tF=[0,_r,vU,8,0],rF=[0,_r,NU,8,0],oF=[0,_r,kU,8,0],sF=[3,_r,CU,0,[VU,UU,MU],[[0,{[SA]:WU}],[0,{[SA]:BU}],
[()=>tF,{[zU]:JU}]],3],nF=[3,_r,bU,0,[jU],[[()=>iF,0]]],iF=[3,_r,OU,0,[FU,qU,KU,HU],[0,[()=>rF,0],[()=>oF,0],1]],_A=[9,_r,AU,{[GU]:["GET","/federation/credentia\
ls",200]},()=>sF,()=>nF]});var wA,IA=p(()=>{he();Io();Oe();Hr();v();U();O();qg();yA();kp();wA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??hA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
nA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new xe,protocol:t?.protocol??to,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:RA,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var TA,vA=p(()=>{Ti();F();he();v();L();rt();O();eo();IA();TA=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=wA(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Bt({serviceId:o.serviceId,clientVersion:_o.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||He},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,s),useFipsEndpoint:t?.useFipsEndpoint??_(Et,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var AA,CA,bA=p(()=>{AA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},CA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var PA,OA=p(()=>{F();v();U();bA();PA=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),AA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
CA(r))}});var fn,Zg=p(()=>{F();Oe();v();L();j();U();rt();Q();qg();Kg();vA();OA();fn=class extends Re{config;constructor(...[e]){let r=TA(e||{});super(r),this.initConfig=r;
let o=aA(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Xt(a),l=iA(c),d=PA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:sA,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var DA,NA,kA,$A=p(()=>{v();j();Kg();DA=Tt(cA,"SWBPortalService","SSOClient",Yt),NA={},kA=(t,e,r,o)=>[]});var gn,eh=p(()=>{$A();kp();gn=class extends DA(NA,kA,"GetRoleCredentials",_A){}});var aF,th,LA=p(()=>{v();eh();Zg();aF={GetRoleCredentialsCommand:gn},th=class extends fn{};Yr(aF,th)});var UA=p(()=>{eh()});var FA=p(()=>{});var MA=p(()=>{Zg();LA();UA();kp();Qg();FA()});var BA={};ar(BA,{GetRoleCredentialsCommand:()=>gn,SSOClient:()=>fn});var HA=p(()=>{MA()});var Gi,rh,GA=p(()=>{F();oA();L();Gi=!1,rh=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:s,ssoClient:n,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Jt=await Wg({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:Jt.token,expiresAt:new Date(Jt.expiration).toISOString()}}catch(Jt){throw new w(Jt.message,{tryNextLink:Gi,logger:f})}else try{g=await Gn(t)}catch{
throw new w(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:Gi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new w(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:Gi,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:E}=await Promise.resolve().then(()=>(HA(),BA)),
T=n||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await T.send(new E({accountId:r,roleName:s,accessToken:h}))}catch(Jt){throw new w(Jt,{tryNextLink:Gi,logger:f})}let{roleCredentials:{accessKeyId:I,secretAccessKey:M,
sessionToken:oe,expiration:hr,credentialScope:Nr,accountId:me}={}}=R;if(!I||!M||!oe||!hr)throw new w("SSO returns an invalid temporary credential.",{tryNextLink:Gi,
logger:f});let Ne={accessKeyId:I,secretAccessKey:M,sessionToken:oe,expiration:new Date(hr),...Nr&&{credentialScope:Nr},...me&&{accountId:me}};return e?H(Ne,"CRE\
DENTIALS_SSO","s"):H(Ne,"CREDENTIALS_SSO_LEGACY","u"),Ne}});var $p,oh=p(()=>{L();$p=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:s,sso_role_name:n}=t;if(!r||!o||!s||!n)throw new w(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var zA,jA=p(()=>{L();bg();GA();oh();zA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoSession:i}=t,{ssoClient:a}=t,c=yt({profile:t.profile??e?.profile});if(!r&&!o&&!s&&!n&&!i){let d=(await vr(t))[c];if(!d)
throw new w(`Profile ${c} was not found.`,{logger:t.logger});if(!dp(d))throw new w(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await Wn(t))[d.sso_session],E=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(s&&s!==S.sso_region)throw new w("Conflic\
ting SSO region"+E,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new w("Conflicting SSO start_url"+E,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=$p(d,t.logger);return rh({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!s||!n)throw new w('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return rh({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var sh={};ar(sh,{fromSSO:()=>zA,isSsoProfile:()=>dp,validateSsoProfile:()=>$p});var nh=p(()=>{jA();bg();oh()});var VA,ih,WA=p(()=>{F();L();VA=(t,e,r)=>{let o={EcsContainer:async s=>{let{fromHttp:n}=await Promise.resolve().then(()=>(Cg(),Ag)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(cp(),ap));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Vo(n(s??{}),i(s))().then(ih)},Ec2InstanceMetadata:async s=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:n}=await Promise.resolve().then(()=>(cp(),ap));return async()=>n(
s)().then(ih)},Environment:async s=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:n}=await Promise.resolve().then(()=>(hg(),MI));
return async()=>n(s)().then(ih)}};if(t in o)return o[t];throw new w(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},ih=t=>H(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var yn,ms,zi,qA,tC,ji,je,ah,KA,JA,XA,YA,QA,Ve,ch,hn,ZA,eC,cF,X,pF,rC,oC=p(()=>{j();yn="ref",ms=-1,zi=!0,qA="isSet",tC="PartitionResult",ji="booleanEquals",je="s\
tringEquals",ah="getAttr",KA="us-east-1",JA="sigv4",XA="sts",YA="https://sts.{Region}.{PartitionResult#dnsSuffix}",QA={[yn]:"Endpoint"},Ve={[yn]:"Region"},ch={[yn]:tC},
hn={},ZA=[Ve],eC={conditions:[[qA,[QA]],[qA,ZA],["aws.partition",ZA,tC],[ji,[{[yn]:"UseFIPS"},zi]],[ji,[{[yn]:"UseDualStack"},zi]],[je,[Ve,"aws-global"]],[ji,[{
[yn]:"UseGlobalEndpoint"},zi]],[je,[Ve,"eu-central-1"]],[ji,[{fn:ah,argv:[ch,"supportsDualStack"]},zi]],[ji,[{fn:ah,argv:[ch,"supportsFIPS"]},zi]],[je,[Ve,"ap-s\
outh-1"]],[je,[Ve,"eu-north-1"]],[je,[Ve,"eu-west-1"]],[je,[Ve,"eu-west-2"]],[je,[Ve,"eu-west-3"]],[je,[Ve,"sa-east-1"]],[je,[Ve,KA]],[je,[Ve,"us-east-2"]],[je,
[Ve,"us-west-2"]],[je,[Ve,"us-west-1"]],[je,[Ve,"ca-central-1"]],[je,[Ve,"ap-southeast-1"]],[je,[Ve,"ap-northeast-1"]],[je,[Ve,"ap-southeast-2"]],[je,[{fn:ah,argv:[
ch,"name"]},"aws-us-gov"]]],results:[[ms],["https://sts.amazonaws.com",{authSchemes:[{name:JA,signingName:XA,signingRegion:KA}]}],[YA,{authSchemes:[{name:JA,signingName:XA,
signingRegion:"{Region}"}]}],[ms,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ms,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[QA,hn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",hn],[ms,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",hn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",hn],[ms,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",hn],[ms,"DualStack is enabled but this partition does not support D\
ualStack"],[YA,hn],[ms,"Invalid Configuration: Missing Region"]]},cF=2,X=1e8,pF=new Int32Array([-1,1,-1,0,30,3,1,4,X+14,2,5,X+14,3,25,6,4,24,7,5,X+1,8,6,9,X+13,
7,X+1,10,10,X+1,11,11,X+1,12,12,X+1,13,13,X+1,14,14,X+1,15,15,X+1,16,16,X+1,17,17,X+1,18,18,X+1,19,19,X+1,20,20,X+1,21,21,X+1,22,22,X+1,23,23,X+1,X+2,8,X+11,X+12,
4,28,26,9,27,X+10,24,X+8,X+9,8,29,X+7,9,X+6,X+7,3,X+3,31,4,X+4,X+5]),rC=Ue.from(pF,cF,eC.conditions,eC.results)});var lF,Lp,ph=p(()=>{F();j();oC();lF=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Lp=(t,e={})=>lF.get(t,()=>Ct(rC,
{endpointParams:t,logger:e.logger}));ve.aws=ot});function nC(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function lh(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function iC(t){return{schemeId:"smithy.api#noAuth"}}var dF,uF,sC,mF,fF,aC,cC,dh=p(()=>{he();Si();v();j();ph();dF=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Hs(o,{getEndpointParameterInstructions:n},e);return Object.
assign(s,i)},uF=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),sC=dF(uF);mF=(t,e,r)=>s=>{let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.
name.toLowerCase();return E!=="sigv4a"&&E.startsWith("sigv4")});if(br.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},fF=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(iC(t)),e.push(lh(t))):(e.push(nC(t)),e.push(lh(t))),e},aC=mF(Lp,fF,{"aws.auth#sigv4":nC,"aws.auth#sigv4a":lh,"smithy.api#noA\
uth":iC}),cC=t=>{let e=Zt(t),r=rn(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})}});var pC,lC,uh=p(()=>{pC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),lC={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var rr,Up=p(()=>{v();rr=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Vi,Wi,qi,Ki,Ji,Xi,Yi,mh=p(()=>{Up();Vi=class t extends rr{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wi=class t extends rr{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qi=class t extends rr{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ki=class t extends rr{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ji=class t extends rr{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Xi=class t extends rr{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yi=class t extends rr{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var gF,hF,yF,SF,EF,xF,fh,RF,_F,wF,IF,gh,TF,dC,vF,AF,CF,bF,PF,OF,DF,NF,uC,mC,fC,kF,$F,LF,UF,FF,MF,gC,BF,HF,hC,GF,yC,zF,jF,hh,VF,WF,SC,EC,qF,KF,JF,XF,YF,QF,ZF,eM,
fs,gs,tM,hs,ys,Ss,rM,xC,oM,ie,RC,_C,vo,wC,IC,TC,vC,AC,CC,bC,yh,sM,nM,Sh,PC,OC,DC,NC,Eh,kC,$C,LC,UC,iM,aM,xh,Rh,Qi=p(()=>{Q();mh();Up();gF="Arn",hF="AccessKeyId",
yF="AssumeRole",SF="AssumedRoleId",EF="AssumeRoleRequest",xF="AssumeRoleResponse",fh="AssumedRoleUser",RF="AssumeRoleWithWebIdentity",_F="AssumeRoleWithWebIdent\
ityRequest",wF="AssumeRoleWithWebIdentityResponse",IF="Audience",gh="Credentials",TF="ContextAssertion",dC="DurationSeconds",vF="Expiration",AF="ExternalId",CF=
"ExpiredTokenException",bF="IDPCommunicationErrorException",PF="IDPRejectedClaimException",OF="InvalidIdentityTokenException",DF="Key",NF="MalformedPolicyDocume\
ntException",uC="MinimumSessionTokenSize",mC="Policy",fC="PolicyArns",kF="ProviderArn",$F="ProvidedContexts",LF="ProvidedContextsListType",UF="ProvidedContext",
FF="PolicyDescriptorType",MF="ProviderId",gC="PackedPolicySize",BF="PackedPolicyTooLargeException",HF="Provider",hC="RoleArn",GF="RegionDisabledException",yC="R\
oleSessionName",zF="SecretAccessKey",jF="SubjectFromWebIdentityToken",hh="SourceIdentity",VF="SerialNumber",WF="SessionToken",SC="SessionTokenSize",EC="SessionT\
okenUtilization",qF="Tags",KF="TokenCode",JF="TransitiveTagKeys",XF="Tag",YF="Value",QF="WebIdentityToken",ZF="arn",eM="accessKeySecretType",fs="awsQueryError",
gs="client",tM="clientTokenType",hs="error",ys="httpError",Ss="message",rM="policyDescriptorListType",xC="smithy.ts.sdk.synthetic.com.amazonaws.sts",oM="tagList\
Type",ie="com.amazonaws.sts",RC=new K(xC),_C=[-3,xC,"STSServiceException",0,[],[]];RC.registerError(_C,rr);vo=new K(ie),wC=[-3,ie,CF,{[fs]:["ExpiredTokenExcepti\
on",400],[hs]:gs,[ys]:400},[Ss],[0]];vo.registerError(wC,Vi);IC=[-3,ie,bF,{[fs]:["IDPCommunicationError",400],[hs]:gs,[ys]:400},[Ss],[0]];vo.registerError(IC,Yi);
TC=[-3,ie,PF,{[fs]:["IDPRejectedClaim",403],[hs]:gs,[ys]:403},[Ss],[0]];vo.registerError(TC,Ji);vC=[-3,ie,OF,{[fs]:["InvalidIdentityToken",400],[hs]:gs,[ys]:400},
[Ss],[0]];vo.registerError(vC,Xi);AC=[-3,ie,NF,{[fs]:["MalformedPolicyDocument",400],[hs]:gs,[ys]:400},[Ss],[0]];vo.registerError(AC,Wi);CC=[-3,ie,BF,{[fs]:["Pa\
ckedPolicyTooLarge",400],[hs]:gs,[ys]:400},[Ss],[0]];vo.registerError(CC,qi);bC=[-3,ie,GF,{[fs]:["RegionDisabledException",403],[hs]:gs,[ys]:403},[Ss],[0]];vo.registerError(
bC,Ki);yh=[RC,vo],sM=[0,ie,eM,8,0],nM=[0,ie,tM,8,0],Sh=[3,ie,fh,0,[SF,gF],[0,0],2],PC=[3,ie,EF,0,[hC,yC,fC,mC,dC,qF,JF,AF,VF,KF,hh,$F,uC],[0,0,()=>UC,0,1,()=>aM,
64,0,0,0,0,()=>iM,1],2],OC=[3,ie,xF,0,[gh,fh,gC,hh,EC,SC],[[()=>Eh,0],()=>Sh,1,0,1,1]],DC=[3,ie,_F,0,[hC,yC,QF,MF,fC,mC,dC,uC],[0,0,[()=>nM,0],0,()=>UC,0,1,1],3],
NC=[3,ie,wF,0,[gh,jF,fh,gC,HF,IF,hh,EC,SC],[[()=>Eh,0],0,()=>Sh,1,0,0,0,1,1]],Eh=[3,ie,gh,0,[hF,zF,WF,vF],[0,[()=>sM,0],0,4],4],kC=[3,ie,FF,0,[ZF],[0]],$C=[3,ie,
UF,0,[kF,TF],[0,0]],LC=[3,ie,XF,0,[DF,YF],[0,0],2],UC=[1,ie,rM,0,()=>kC],iM=[1,ie,LF,0,()=>$C],aM=[1,ie,oM,0,()=>LC],xh=[9,ie,yF,0,()=>PC,()=>OC],Rh=[9,ie,RF,0,
()=>DC,()=>NC]});var FC,MC=p(()=>{he();Io();Si();Oe();Hr();v();U();O();dh();ph();Qi();FC=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Lp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
aC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new xe,protocol:t?.protocol??ls,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:yh,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Ze,signerConstructor:t?.signerConstructor??br,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,
utf8Encoder:t?.utf8Encoder??Z})});var BC,HC=p(()=>{Ti();F();he();Oe();v();L();rt();O();eo();MC();BC=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=FC(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Bt({serviceId:o.serviceId,clientVersion:_o.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||He},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
on,s),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,s),useFipsEndpoint:t?.useFipsEndpoint??_(Et,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var GC,zC,jC=p(()=>{GC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},zC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var VC,WC=p(()=>{F();v();U();jC();VC=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),GC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
zC(r))}});var Ao,Fp=p(()=>{F();Oe();v();L();j();U();rt();Q();dh();uh();HC();WC();Ao=class extends Re{config;constructor(...[e]){let r=BC(e||{});super(r),this.initConfig=r;
let o=pC(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Xt(a),l=cC(c),d=VC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:sC,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var Mp,Bp,Hp,_h=p(()=>{v();j();uh();Mp=Tt(lC,"AWSSecurityTokenServiceV20110615","STSClient",Yt),Bp={},Hp=(t,e,r,o)=>[]});var Es,Gp=p(()=>{_h();Qi();Es=class extends Mp(Bp,Hp,"AssumeRole",xh){}});var xs,zp=p(()=>{_h();Qi();xs=class extends Mp(Bp,Hp,"AssumeRoleWithWebIdentity",Rh){}});var cM,jp,qC=p(()=>{v();Gp();zp();Fp();cM={AssumeRoleCommand:Es,AssumeRoleWithWebIdentityCommand:xs},jp=class extends Ao{};Yr(cM,jp)});var KC=p(()=>{Gp();zp()});var JC=p(()=>{});var XC,YC,QC,ZC,eb,tb=p(()=>{F();Gp();zp();XC=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},YC=async(t,e,r,o={})=>{
let s=typeof t=="function"?await t():t,n=typeof e=="function"?await e():e,i="",a=s??n??(i=await Wf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${s} (credential provider clientConfig)`,`${n} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},QC=
(t,e)=>{let r,o;return async(s,n)=>{if(o=s,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await YC(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!eb(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new Es(n));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${n.RoleArn}`);let c=XC(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return H(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},ZC=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await YC(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!eb(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:s,AssumedRoleUser:n}=await r.send(new xs(o));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=XC(n),a={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.
SessionToken,expiration:s.Expiration,...s.CredentialScope&&{credentialScope:s.CredentialScope},...i&&{accountId:i}};return i&&H(a,"RESOLVED_ACCOUNT_ID","T"),H(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},eb=t=>t?.metadata?.handlerProtocol==="h2"});var rb,ob,sb,pM,nb=p(()=>{tb();Fp();rb=(t,e)=>e?class extends t{constructor(o){super(o);for(let s of e)this.middlewareStack.use(s)}}:t,ob=(t={},e)=>QC(t,rb(Ao,e)),
sb=(t={},e)=>ZC(t,rb(Ao,e)),pM=t=>e=>t({roleAssumer:ob(e),roleAssumerWithWebIdentity:sb(e),...e})});var wh={};ar(wh,{$Command:()=>Er,AssumeRole$:()=>xh,AssumeRoleCommand:()=>Es,AssumeRoleRequest$:()=>PC,AssumeRoleResponse$:()=>OC,AssumeRoleWithWebIdentity$:()=>Rh,
AssumeRoleWithWebIdentityCommand:()=>xs,AssumeRoleWithWebIdentityRequest$:()=>DC,AssumeRoleWithWebIdentityResponse$:()=>NC,AssumedRoleUser$:()=>Sh,Credentials$:()=>Eh,
ExpiredTokenException:()=>Vi,ExpiredTokenException$:()=>wC,IDPCommunicationErrorException:()=>Yi,IDPCommunicationErrorException$:()=>IC,IDPRejectedClaimException:()=>Ji,
IDPRejectedClaimException$:()=>TC,InvalidIdentityTokenException:()=>Xi,InvalidIdentityTokenException$:()=>vC,MalformedPolicyDocumentException:()=>Wi,MalformedPolicyDocumentException$:()=>AC,
PackedPolicyTooLargeException:()=>qi,PackedPolicyTooLargeException$:()=>CC,PolicyDescriptorType$:()=>kC,ProvidedContext$:()=>$C,RegionDisabledException:()=>Ki,RegionDisabledException$:()=>bC,
STS:()=>jp,STSClient:()=>Ao,STSServiceException:()=>rr,STSServiceException$:()=>_C,Tag$:()=>LC,__Client:()=>Re,decorateDefaultCredentialProvider:()=>pM,errorTypeRegistries:()=>yh,
getDefaultRoleAssumer:()=>ob,getDefaultRoleAssumerWithWebIdentity:()=>sb});var Ih=p(()=>{Fp();qC();KC();v();Qi();mh();JC();nb();Up()});var ab,lM,dM,cb,ib,pb=p(()=>{F();L();WA();ab=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(lM(t,{
profile:e,logger:r})||dM(t,{profile:e,logger:r})),lM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},dM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},cb=async(t,e,r,o,s={},n)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(Ih(),wh));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in s)throw new w(`Detected a cycle attempting to resolve credentials for profile ${yt(r)}. Profiles visited: `+Object.keys(
s).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?n(a,e,r,o,{...s,[a]:!0},ib(e[a]??{})):(await VA(i.credential_source,t,r.logger)(r))();if(ib(i))return l.then(d=>H(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new w(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>H(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},ib=t=>!t.role_arn&&!!t.credential_source});function uM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function mM(t){return{schemeId:"smithy.api#noAuth"}}var lb,db,ub,Th=p(()=>{he();v();lb=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});db=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(mM(t)):e.push(uM(
t)),e},ub=t=>{let e=Zt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??[])})}});var mb,fb,vh=p(()=>{mb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),fb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Po,Co,gb,Sn,hb,En,yb,Ch,oo,Ah,Sb,Eb,bo,wb,xb,Vp,nt,Rb,_b,fM,G,gM,Ib,Tb=p(()=>{j();Po="ref",Co=-1,gb=!1,Sn=!0,hb="isSet",En="booleanEquals",yb="coalesce",Ch=
"PartitionResult",oo="stringEquals",Ah="getAttr",Sb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",Eb={[Po]:"Endpoint"},bo={fn:Ah,argv:[{[Po]:Ch},
"name"]},wb={[Po]:"Region"},xb={[Po]:Ch},Vp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},nt={},Rb=[wb],_b={conditions:[[hb,Rb],[
En,[{fn:yb,argv:[{[Po]:"IsControlPlane"},gb]},Sn]],[hb,[Eb]],["aws.partition",Rb,Ch],[En,[{[Po]:"UseFIPS"},Sn]],[oo,[bo,"aws"]],[En,[{fn:yb,argv:[{[Po]:"IsOAuth\
Endpoint"},gb]},Sn]],[En,[{[Po]:"UseDualStack"},Sn]],[oo,[bo,"aws-cn"]],[oo,[wb,"us-gov-west-1"]],[oo,[bo,"aws-us-gov"]],[En,[{fn:Ah,argv:[xb,"supportsFIPS"]},Sn]],
[oo,[bo,"aws-iso"]],[oo,[bo,"aws-iso-b"]],[oo,[bo,"aws-iso-f"]],[oo,[bo,"aws-iso-e"]],[oo,[bo,"aws-eusc"]],[En,[{fn:Ah,argv:[xb,"supportsDualStack"]},Sn]]],results:[
[Co],["https://signin.{Region}.api.aws",Vp],["https://signin.{Region}.api.amazonwebservices.com.cn",Vp],[Sb,Vp],[Co,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Vp],["https://{Region}.signin.aws.amazon.com",nt],["https://{Regio\
n}.signin.amazonaws.cn",nt],["https://{Region}.signin.amazonaws-us-gov.com",nt],["https://{Region}.signin.c2shome.ic.gov",nt],["https://{Region}.signin.sc2shome\
.sgov.gov",nt],["https://{Region}.signin.csphome.hci.ic.gov",nt],["https://{Region}.signin.csphome.adc-e.uk",nt],["https://{Region}.signin.amazonaws-eusc.eu",nt],
["https://signin-fips.amazonaws-us-gov.com",nt],["https://{Region}.signin-fips.amazonaws-us-gov.com",nt],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
nt],[Co,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Co,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Eb,nt],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",nt],[Co,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",nt],[Co,"FIPS is enabled but this partition does not support FIPS"],[Sb,nt],[Co,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",nt],[Co,"Invalid Configuration: Missing Region"]]},fM=2,
G=1e8,gM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),Ib=Ue.from(gM,fM,_b.conditions,_b.results)});var hM,vb,Ab=p(()=>{F();j();Tb();hM=new Fe({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),vb=(t,e={})=>hM.get(
t,()=>Ct(Ib,{endpointParams:t,logger:e.logger}));ve.aws=ot});var Dr,Wp=p(()=>{v();Dr=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Zi,ea,ta,ra,bh=p(()=>{Wp();Zi=class t extends Dr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ea=class t extends Dr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ta=class t extends Dr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ra=class t extends Dr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var yM,SM,EM,xM,RM,_M,wM,IM,TM,vM,AM,CM,bM,PM,OM,Cb,Ph,DM,kh,bb,Pb,NM,Oo,Oh,kM,Dh,$M,$b,$h,Ob,We,Kp,LM,qp,Db,Lb,Nb,kb,UM,FM,MM,Nh,BM,it,Ub,Fb,oa,Mb,Bb,Hb,Gb,Lh,
HM,zb,jb,Vb,Wb,qb,Kb,Jb,Xb,Uh,Fh,sa=p(()=>{Q();bh();Wp();yM="AccessDeniedException",SM="AccessToken",EM="CreateOAuth2Token",xM="CreateOAuth2TokenRequest",RM="Cr\
eateOAuth2TokenRequestBody",_M="CreateOAuth2TokenResponseBody",wM="CreateOAuth2TokenResponse",IM="CreateOAuth2TokenWithIAM",TM="CreateOAuth2TokenWithIAMRequest",
vM="CreateOAuth2TokenWithIAMResponse",AM="InternalServerException",CM="OAuthAccessToken",bM="RefreshToken",PM="TooManyRequestsError",OM="ValidationException",Cb=
"accessKeyId",Ph="accessToken",DM="access_token",kh="client",bb="clientId",Pb="codeVerifier",NM="code",Oo="error",Oh="expiresIn",kM="expires_in",Dh="grantType",
$M="grant_type",$b="http",$h="httpError",Ob="idToken",We="jsonName",Kp="message",LM="resource",qp="refreshToken",Db="redirectUri",Lb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",Nb="secretAccessKey",kb="sessionToken",UM="server",FM="tokenInput",MM="tokenOutput",Nh="tokenType",BM="token_type",it="com.amazonaws.signin",
Ub=new K(Lb),Fb=[-3,Lb,"SigninServiceException",0,[],[]];Ub.registerError(Fb,Dr);oa=new K(it),Mb=[-3,it,yM,{[Oo]:kh},[Oo,Kp],[0,0],2];oa.registerError(Mb,Zi);Bb=
[-3,it,AM,{[Oo]:UM,[$h]:500},[Oo,Kp],[0,0],2];oa.registerError(Bb,ea);Hb=[-3,it,PM,{[Oo]:kh,[$h]:429},[Oo,Kp],[0,0],2];oa.registerError(Hb,ta);Gb=[-3,it,OM,{[Oo]:kh,
[$h]:400},[Oo,Kp],[0,0],2];oa.registerError(Gb,ra);Lh=[Ub,oa],HM=[0,it,CM,8,0],zb=[0,it,bM,8,0],jb=[3,it,SM,8,[Cb,Nb,kb],[[0,{[We]:Cb}],[0,{[We]:Nb}],[0,{[We]:kb}]],
3],Vb=[3,it,xM,0,[FM],[[()=>Wb,16]],1],Wb=[3,it,RM,0,[bb,Dh,NM,Db,Pb,qp],[[0,{[We]:bb}],[0,{[We]:Dh}],0,[0,{[We]:Db}],[0,{[We]:Pb}],[()=>zb,{[We]:qp}]],2],qb=[3,
it,wM,0,[MM],[[()=>Kb,16]],1],Kb=[3,it,_M,0,[Ph,Nh,Oh,qp,Ob],[[()=>jb,{[We]:Ph}],[0,{[We]:Nh}],[1,{[We]:Oh}],[()=>zb,{[We]:qp}],[0,{[We]:Ob}]],4],Jb=[3,it,TM,0,
[Dh,LM],[[0,{[We]:$M}],0],2],Xb=[3,it,vM,0,[Ph,Nh,Oh],[[()=>HM,{[We]:DM}],[0,{[We]:BM}],[1,{[We]:kM}]],3],Uh=[9,it,EM,{[$b]:["POST","/v1/token",200]},()=>Vb,()=>qb],
Fh=[9,it,IM,{[$b]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Jb,()=>Xb]});var Yb,Qb=p(()=>{he();Io();Oe();Hr();v();U();O();Th();Ab();sa();Yb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??vb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
db,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.logger??new xe,protocol:t?.protocol??to,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:Lh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z})});var Zb,eP=p(()=>{Ti();F();he();v();L();rt();O();eo();Qb();Zb=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=Yb(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??
gt,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Bt({serviceId:o.serviceId,clientVersion:_o.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||He},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,s),useFipsEndpoint:t?.useFipsEndpoint??_(Et,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var tP,rP,oP=p(()=>{tP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},rP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var sP,nP=p(()=>{F();v();U();oP();sP=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),tP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),
rP(r))}});var na,Mh=p(()=>{F();Oe();v();L();j();U();rt();Q();Th();vh();eP();nP();na=class extends Re{config;constructor(...[e]){let r=Zb(e||{});super(r),this.initConfig=r;
let o=mb(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Xt(a),l=ub(c),d=sP(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(
Mt(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.
use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:lb,identityProviderConfigProvider:async u=>new Pe(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}}});var Jp,iP,aP,Xp,Bh=p(()=>{v();j();vh();Jp=Tt(fb,"Signin","SigninClient",Yt),iP={IsControlPlane:{type:"staticContextParams",value:!1}},aP={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Xp=(t,e,r,o)=>[]});var ia,Hh=p(()=>{Bh();sa();ia=class extends Jp(iP,Xp,"CreateOAuth2Token",Uh){}});var aa,Gh=p(()=>{Bh();sa();aa=class extends Jp(aP,Xp,"CreateOAuth2TokenWithIAM",Fh){}});var GM,Yp,cP=p(()=>{v();Hh();Gh();Mh();GM={CreateOAuth2TokenCommand:ia,CreateOAuth2TokenWithIAMCommand:aa},Yp=class extends na{};Yr(GM,Yp)});var pP=p(()=>{Hh();Gh()});var zM,lP=p(()=>{zM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var dP=p(()=>{});var uP={};ar(uP,{$Command:()=>Er,AccessDeniedException:()=>Zi,AccessDeniedException$:()=>Mb,AccessToken$:()=>jb,CreateOAuth2Token$:()=>Uh,CreateOAuth2TokenCommand:()=>ia,
CreateOAuth2TokenRequest$:()=>Vb,CreateOAuth2TokenRequestBody$:()=>Wb,CreateOAuth2TokenResponse$:()=>qb,CreateOAuth2TokenResponseBody$:()=>Kb,CreateOAuth2TokenWithIAM$:()=>Fh,
CreateOAuth2TokenWithIAMCommand:()=>aa,CreateOAuth2TokenWithIAMRequest$:()=>Jb,CreateOAuth2TokenWithIAMResponse$:()=>Xb,InternalServerException:()=>ea,InternalServerException$:()=>Bb,
OAuth2ErrorCode:()=>zM,Signin:()=>Yp,SigninClient:()=>na,SigninServiceException:()=>Dr,SigninServiceException$:()=>Fb,TooManyRequestsError:()=>ta,TooManyRequestsError$:()=>Hb,
ValidationException:()=>ra,ValidationException$:()=>Gb,__Client:()=>Re,errorTypeRegistries:()=>Lh});var mP=p(()=>{Mh();cP();pP();v();sa();lP();bh();dP();Wp()});var Do,Qp,fP,ca,Zp,gP=p(()=>{L();U();Do=require("node:crypto"),Qp=require("node:fs"),fP=require("node:os"),ca=require("node:path"),Zp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new w(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),s=new Date(r.accessToken.expiresAt).getTime(),n=new Date(
e.accessToken.expiresAt).getTime(),i=s<=o&&n>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(mP(),uP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(E=>E?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let E=await h.send(new l(S)),{accessKeyId:T,secretAccessKey:R,
sessionToken:I}=E.tokenOutput?.accessToken??{},{refreshToken:M,expiresIn:oe}=E.tokenOutput??{};if(!T||!R||!I||!M)throw new w("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let hr=(oe??900)*1e3,Nr=new Date(Date.now()+hr),me={...i,accessToken:{...i.accessToken,accessKeyId:T,secretAccessKey:R,
sessionToken:I,expiresAt:Nr.toISOString()},refreshToken:M};return await this.saveToken(me),this.toCredentials(me.accessToken)}catch(E){if(E.name==="AccessDenied\
Exception"){let R=E.error,I;switch(R){case"TOKEN_EXPIRED":I="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":I="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":I="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:I=`Failed to refresh token: ${String(
E)}. Please re-authenticate using \`aws login\``}throw new w(I,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(E)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new w(`Failed to refresh tok\
en: ${String(E)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Qp.promises.readFile(
e,"utf8"),o=JSON.parse(r),s=["accessToken","clientId","refreshToken","dpopKey"].filter(n=>!o[n]);if(o.accessToken?.accountId||s.push("accountId"),s.length>0)throw new w(
`Token validation failed, missing fields: ${s.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new w(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,ca.dirname)(r);try{await Qp.promises.mkdir(o,{recursive:!0})}catch{}
await Qp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,ca.join)((0,fP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Do.createHash)("sha256").update(r).digest("hex");return(0,ca.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],s=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let n=e[r++],i=e.subarray(r,r+n);s=s[0]===0?s.subarray(1):s,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-s.length),s]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(z.isInstance(o.request)){let s=o.request,n=`${s.protocol}//${s.
hostname}${s.port?`:${s.port}`:""}${s.path}`,i=await this.generateDpop(s.method,n);s.headers={...s.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let s=(0,Do.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Do.createPublicKey)(s).export({format:"der",type:"spki"}),a=-1;for(let E=0;E<i.length;E++)if(i[E]===4){a=E;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,Do.sign)(
"sha256",Buffer.from(g),s),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(s){throw new w(`Failed to generate Dpop proof: ${s instanceof
Error?s.message:String(s)}`,{logger:this.logger,tryNextLink:!1})}}}});var hP,yP=p(()=>{F();L();gP();hP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await vr(
t||{}),o=yt({profile:t?.profile??e?.profile}),s=r[o];if(!s?.login_session)throw new w(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Zp(s,t,e).loadCredentials();return H(i,"CREDENTIALS_LOGIN","AD")}});var SP={};ar(SP,{fromLoginCredentials:()=>hP});var EP=p(()=>{yP()});var xP,RP,_P=p(()=>{F();xP=t=>!!(t&&t.login_session),RP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(EP(),SP)),s=await o({...e,profile:t})(
{callerClientConfig:r});return H(s,"CREDENTIALS_PROFILE_LOGIN","AC")}});var wP,IP=p(()=>{F();wP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let n=new Date;if(new Date(e.Expiration)<n)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let s={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return H(s,"CREDENTIALS_PROCESS","w"),s}});var TP,vP,AP,CP=p(()=>{L();TP=require("node:child_process"),vP=require("node:util");IP();AP=async(t,e,r)=>{let o=e[t];if(e[t]){let s=o.credential_process;if(s!==
void 0){let n=(0,vP.promisify)(qn?.getTokenRecord?.().exec??TP.exec);try{let{stdout:i}=await n(s),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return wP(t,a,e)}catch(i){throw new w(i.message,{logger:r})}}else throw new w(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new w(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var bP,PP=p(()=>{L();CP();bP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await vr(t);
return AP(yt({profile:t.profile??e?.profile}),r,t.logger)}});var zh={};ar(zh,{fromProcess:()=>bP});var jh=p(()=>{PP()});var OP,DP,NP=p(()=>{F();OP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",DP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(jh(),zh)),
o=await r({...t,profile:e})();return H(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var kP,$P,LP=p(()=>{F();kP=async(t,e,r={},o)=>{let{fromSSO:s}=await Promise.resolve().then(()=>(nh(),sh));return s({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(n=>e.sso_session?H(n,"CREDENTIALS_PROFILE_SSO","r"):H(n,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},$P=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Vh,Wh,UP=p(()=>{F();Vh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Wh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return H(r,"CREDENTIALS_PROFILE","n")}});var el,qh=p(()=>{el=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:s,
providerId:n,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(Ih(),wh));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:s,ProviderId:n,PolicyArns:i,Policy:a,DurationSeconds:c})}});var MP,FP,jM,VM,BP,HP=p(()=>{F();L();MP=require("node:fs");qh();FP="AWS_WEB_IDENTITY_TOKEN_FILE",jM="AWS_ROLE_ARN",VM="AWS_ROLE_SESSION_NAME",BP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[FP],o=t?.roleArn??process.env[jM],s=t?.roleSessionName??
process.env[VM];if(!r||!o)throw new w("Web identity configuration not specified",{logger:t.logger});let n=await el({...t,webIdentityToken:qn?.getTokenRecord?.()[r]??
(0,MP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:s})(e);return r===process.env[FP]&&H(n,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),n}});var Kh={};ar(Kh,{fromTokenFile:()=>BP,fromWebToken:()=>el});var Jh=p(()=>{HP();qh()});var GP,zP,jP=p(()=>{F();GP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,zP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Jh(),Kh)),s=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return H(s,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Xh,VP=p(()=>{L();pb();_P();NP();LP();UP();jP();Xh=async(t,e,r,o,s={},n=!1)=>{let i=e[t];if(Object.keys(s).length>0&&Vh(i))return Wh(i,r);if(n||ab(i,{profile:t,
logger:r.logger}))return cb(t,e,r,o,s,Xh);if(Vh(i))return Wh(i,r);if(GP(i))return zP(i,r,o);if(OP(i))return DP(r,t);if($P(i))return await kP(t,i,r,o);if(xP(i))return RP(
t,r,o);throw new w(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var WP,qP=p(()=>{L();VP();WP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await vr(t);return Xh(
yt({profile:t.profile??e?.profile}),r,t,e)}});var KP={};ar(KP,{fromIni:()=>WP});var JP=p(()=>{qP()});var fu=require("node:fs"),Uo=require("node:os");function Tn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((s,n)=>{let i=o(r,{method:e.method??
"GET",headers:e.headers,agent:!1,signal:e.signal,timeout:e.timeoutMs},a=>{let c=[];a.on("data",l=>c.push(l)),a.on("error",n),a.on("end",()=>s({status:a.statusCode??
0,text:Buffer.concat(c).toString("utf8"),headers:a.headers}))});if(e.connectTimeoutMs!==void 0){let a=e.connectTimeoutMs;i.on("socket",c=>{let l=setTimeout(()=>i.
destroy(new Error(`no connection within ${a} ms`)),a);c.once("connect",()=>clearTimeout(l)),c.once("close",()=>clearTimeout(l))})}i.on("timeout",()=>i.destroy(new Error(
`no answer within ${e.timeoutMs} ms`))),i.on("error",n),i.end(e.body)})}var qN=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A");function vn(t,e=""){process.stdout.write(`::${t}::${qN(e)}${Uo.EOL}`)}function ga(t){return(process.
env[`INPUT_${t.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function _y(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set:\
 not running in a GitHub Actions step`);let s=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(s)||r.includes(s))throw new Error(`value of ${e} contains the \
delimiter`);(0,fu.appendFileSync)(o,`${e}<<${s}${Uo.EOL}${r}${Uo.EOL}${s}${Uo.EOL}`,"utf8")}var As=(t,e)=>_y("OUTPUT",t,e),ha=(t,e)=>_y("STATE",t,e),gu=t=>process.
env[`STATE_${t}`]??"",ya=t=>vn("add-mask",t),Sa=t=>{process.stdout.write(`${t}${Uo.EOL}`)},wy=t=>vn("warning",t),KN=t=>vn("error",t);function Iy(t){process.exitCode=
1,KN(t)}async function Ty(t,e){vn("group",t);try{return await e()}finally{vn("endgroup")}}function hu(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,fu.appendFileSync)(
e,`${t}${Uo.EOL}`,"utf8")}var JN=4,XN=1e4;async function yu(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||
!r)throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let s=1;;s++){
let n;try{let i=await Tn(o,{headers:{Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:XN});if(i.status===200){let a=YN(i.text);if(!a)throw new Error(
"the token service answered without a token");return ya(a),a}if(n=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${n}`)}catch(i){
if(i.message.startsWith("the token service"))throw i;n=i.message}if(s>=JN)throw new Error(`the token service did not answer after ${s} attempts (${n})`);await new Promise(
i=>setTimeout(i,500*2**(s-1)))}}function YN(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var zy=require("node:child_process"),jy=require("node:fs");var C=class extends Error{constructor(r,o,s){super(`${r}: ${An(o)} ${s}`);this.option=r;this.rule=s;this.name="InputError"}option;rule;exitCode=2},io=class extends Error{constructor(r,o,s){
super(r,s);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ke=class extends io{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},yr=class extends io{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},Se=class extends io{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Cs=class extends io{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},cr=class extends io{constructor(e,r){
super(e,r),this.name="DockerError"}},ZN=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function An(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(ZN,s=>`\\u${s.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function Ea(t){return t instanceof C?{message:t.message,exitCode:2}:t instanceof io?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Wr=require("node:fs");var Fo=require("node:fs");var Ay=/^[A-Za-z0-9_.-]{1,128}$/,ek=/^[A-Za-z_][A-Za-z0-9_]*$/,tk=/^[A-Za-z_][A-Za-z0-9_]*=/,rk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
ok=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,Cn=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),vy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function Su(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!Ay.test(o))throw new C(t,vy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new C(t,vy(e),"repeats a s\
ecret id");return r?.add(o),o}var Cy={type:"list",parse:(t,e)=>{let r=new Set;return Cn(t).map(o=>{let s=Su(e,o,r),n=o.slice(s.length+1),i=/^env:(.*)$/.exec(n)?.[1];
if(i!==void 0&&!ek.test(i))throw new C(e,`${s}=env:${i}`,"names no valid environment variable");if(i===void 0&&n==="")throw new C(e,`${s}=`,"has an empty value");
return i!==void 0?{id:s,env:i}:{id:s,value:n}})}},by={type:"list",parse:(t,e)=>{let r=new Set;return Cn(t).map(o=>{let s=Su(e,o,r),n=o.slice(s.length+1);if(!(0,Fo.existsSync)(
n)||!(0,Fo.statSync)(n).isFile())throw new C(e,`${s}=${n}`,"does not name a readable file");return{id:s,path:n}})}},Py={type:"list",parse:(t,e)=>Cn(t).map(r=>{if(!r.
includes("=")){if(!Ay.test(r))throw new C(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=Su(e,r),s=r.slice(o.length+1);if(!(0,Fo.existsSync)(s))throw new C(
e,r,"names no existing key file or agent socket");return{id:o,path:s}})},Oy={type:"list",parse:(t,e)=>{let r=Cn(t);for(let o of r){let s=o.split("=")[0];if(!tk.
test(o))throw new C(e,o.includes("=")?`${s.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(rk.test(s))throw new C(e,`${s}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function bn(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var xa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Dy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new C("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new C("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new C("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Ny(t,e){let r=[];for(let o of t.inline){let s=o.
value??e[o.env];s&&r.push(s)}for(let o of t.files){let s=(0,Fo.readFileSync)(o.path,"utf8");s.length<=65536&&r.push(s.trim(),...Cn(s).filter(n=>n.length>=4))}return[
...new Set(r.filter(Boolean))]}function ky(t){let e=[],r={};t.inline.forEach((o,s)=>{let n=o.env??ok(s);o.value!==void 0&&(r[n]=o.value),e.push("--secret",`id=${o.
id},env=${n}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var sk=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,nk=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,ik=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,ak=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
ck=/^[\w+=,.@-]{2,64}$/,pk=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
lk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,dk=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,uk=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
mk=/^[0-9a-f]{40}$/,fk=/^\d{12}$/,gk=/^[\x21-\x7e]{1,256}$/,hk=4096,yk=65536,Sk=100,ke=(t,e)=>r=>t.test(r)?void 0:e,Je={repository:t=>t.length>=2&&t.length<=256&&
sk.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:ke(
ik,"is not an AWS region name like `eu-west-1`"),tag:ke(nk,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:ke(mk,"is not a full commi\
t SHA (40 hex characters)"),sessionName:ke(ck,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:ke(fk,"is not an AWS account id (1\
2 digits)"),audience:ke(gk,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function Bo(t,e,r){if(r)throw new C(t,e,r)}var Sr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let s=e(r);return t&&Bo(o,s,t(s)),s}}),kr={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new C(e,t,"is not a boolean: use true or false")}},$y=(t,e)=>({type:"integer",parse:(r,o)=>{let s=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(s>=t&&s<=
e))throw new C(o,r,`is not a whole number from ${t} to ${e}`);return s}}),Mo=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(s=>s.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new C(r,e,`is not one of ${t.join(", ")}`);return o}}),Fy=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,s)=>{let n=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of n)Bo(s,i,t(i));if(n.length>r)throw new C(s,o,`lists more than ${r} entries`);return[...new Set(
n)]}}),Pn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function _a(t,e){if(!(0,Wr.existsSync)(e)||!(0,Wr.statSync)(e).isFile())throw new C(t,e,"is not a readabl\
e file")}function Ly(t,e){_a(t,e);try{JSON.parse((0,Wr.readFileSync)(e,"utf8"))}catch{throw new C(t,e,"does not contain valid JSON")}}var Ek=t=>t.split(",").every(
e=>lk.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",xu="sts.amazonaws.com",Uy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
xk=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,Ra="public.ecr.aws/",Rk={type:"list",parse:(t,e)=>Fy(ke(Uy,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,s]=Uy.exec(r);return s?{id:o,region:s}:{id:o}})},Eu=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&_a(r,o);let s=o!==void 0?(0,Wr.readFileSync)(o,"utf8"):e;if(s.length>t)throw new C(r,e,`is longer than ECR Public's limit of ${t} characters`);return s}});
function ao(t){return t.startsWith(Ra)?t.slice(Ra.length).split("/").slice(1).join("/"):t}function _k(t){if(t.repository.startsWith(Ra)&&(Bo("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(Ra.length))?Je.repository(ao(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new C("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new C(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new C("docker-cr\
edentials-output","true","applies to `mode: login` only")}function My(t){let e=Vr("mode",t("mode")),r=Vr("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new C("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:Vr("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var By=[{name:"repository",field:"repository",...Sr(Je.repository),required:!0,description:"ECR repository name, e.g. `team/api`\
. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"awsRegion",...Sr(Je.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_\
REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAssume",...Sr(ke(ak,"is not an IAM role ARN like `arn:aws:iam::123456789012:\
role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token\
."},{name:"audience",field:"audience",...Sr(Je.audience),default:xu,description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},
{name:"web-identity-token-file",field:"webIdentityTokenFile",...Pn(_a),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other t\
han GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...Sr(Je.sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run \
id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-seconds",field:"roleDurationSeconds",...$y(900,43200),
default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",field:"registryId",...Sr(Je.account),defaultText:"\
the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes."},{name:"create-repository",field:"createRepository",
...kr,default:"true",description:"Create the repository when it is missing."},{name:"image-tag-mutability",field:"imageTagMutability",...Mo("MUTABLE","IMMUTABLE",
"IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `ta\
gs` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...kr,default:"true",description:"Scan on push, for a created repository."},{name:"encryption-type",
field:"encryptionType",...Mo("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-\
key",field:"kmsKey",...Sr(ke(pk,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"\
lifecycle-policy",field:"lifecyclePolicy",...Pn(Ly),description:"Path to a lifecycle policy JSON file, applied to the repository."},{name:"repository-policy",field:"\
repositoryPolicy",...Pn(Ly),description:"Path to a repository policy JSON file, applied to the repository."},{name:"context",field:"context",...Pn(),default:".",
description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...Pn(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},
{name:"build-args",field:"buildArgs",...Oy,description:"Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker t\
hrough its environment, not argv."},{name:"target",field:"target",...Sr(ke(dk,"is not a build stage name")),description:"Build stage to build."},{name:"platform",
field:"platform",...Sr(Ek),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",field:"cache",...kr,default:"true",description:"\
Reuse the layers of the latest image in the repository on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic builder); works in \
IMMUTABLE repositories, and a missing or failing cache never fails a delivery."},{name:"provenance",field:"provenance",...kr,default:"false",description:"BuildK\
it provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"ima\
ge",field:"image",...Sr(ke(uk,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},
{name:"commit-sha",field:"commitSha",...Sr(Je.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git \
rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Fy(Je.tag,{commas:!0,max:Sk}),description:"\
Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...kr,default:"false",description:"W\
hen the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...kr,
default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...Sr(
ke(xk,"is not an environment variable name (letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than \
GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegistries",...Rk,description:"Other ECR registries docker is logged in to befo\
re the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated."},{name:"registr\
y-type",field:"registryType",...Mo("private","public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a \
repository given as `public.ecr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"catalogDescription",...Eu(1024),description:"ECR Public: short descri\
ption of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...Eu(25600),description:'ECR Public: "About" text (markdow\
n) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...Eu(25600),description:'ECR Public: "Usage" text (markdown) \
of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...Mo("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Actio\
n only: `deliver`, or `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps (\
like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...kr,default:"false",githubOnly:!0,description:"\
GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets: see the REA\
DME)."},{name:"skip-logout",field:"skipLogout",...kr,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job\
 (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...$y(1,86400),default:"3600",description:"Upper\
 bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after\
 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...Cy,description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret\
,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"secretFiles",...by,description:"Build secrets from files, lines \
`id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...Py,description:"SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SO\
CK`) or lines `id=PATH`."}],Ru=By,wa=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-i\
d","web-identity-token-env","pull-registries","registry-type"];var qr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."}];function Ho(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function Hy(t){return Object.
fromEntries(qr.map(({name:e})=>[e,Ho(t,e)]))}var Ia=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`;function Gy(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),s=r?yk:hk;if(o.length>s)throw new C(t.name,o,`is longer than ${s} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new C(t.name,o,"contains control characters");return o}function Vr(t,e){let r=By.
find(s=>s.name===t),o=Gy(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function bs(t,e="deliver"){let r={};for(let s of Ru){let n=Gy(s,t(s.name))??s.default;
if(n!==void 0)r[s.field]=s.parse(n,s.name);else if(s.type==="list")r[s.field]=[];else if(s.required&&e==="login")r[s.field]="";else if(s.required)throw new C(s.
name,"","is required")}let o=r;return wk(o,e),o}function wk(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new C("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");_k(t),e==="deliver"&&Ik(t)}function Ik(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["b\
uild-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0]];for(let[o,s]of e)if(s!==void 0)throw new C(o,s,"cannot be combined with `image` (nothing is built)");let r=xa(bn(t));if(r)throw new C(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||_u(t)}function _u(t){if(!(0,Wr.existsSync)(t.context)||!(0,Wr.statSync)(t.context).isDirectory())
throw new C("context",t.context,"is not a directory");_a("dockerfile",On(t))}function On(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}function Tk(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Ps(t,e=process.env,r="deliver"){return{ci:Tk(e),region:wu(
t.awsRegion,e),commitSha:r==="login"?"":Ck(t,e),sessionName:t.roleSessionName??bk(e),sourceUrl:Pk(e)}}function wu(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);
if(!r)throw new C("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Je.region(r);if(o)throw new C("aws-region",r,o);return r}
function Go(t){return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function vk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??
"")&&t.GITHUB_EVENT_PATH)try{let r=JSON.parse((0,jy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8")).pull_request?.head?.sha;if(r)return r}catch{}return t.GITHUB_SHA}
function Ak(){try{return(0,zy.execFileSync)("git",["rev-parse","HEAD"],{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()}catch{return}}function Ck(t,e){
let r=(t.commitSha??vk(e)??e.CIRCLE_SHA1??Ak())?.toLowerCase();if(!r)throw new C("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HE\
AD` has no answer");let o=Je.commitSha(r);if(o)throw new C("commit-sha",r,o);return r}function bk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.
GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function Pk(t){if(t.GITHUB_REPOSITORY)
return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?
`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var Vy=5,Ok=5e3,Dk=3e4,Nk=2e3;function kk(t=1/0){let e=Math.max(1e3,Math.min(Dk,Math.floor(t/3)));return{connectionTimeout:Math.min(Ok,e),requestTimeout:e}}function Os(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:Vy,requestHandler:{...kk(r?.ms),throwOnRequestTimeout:!0}}}function Ds(t){let e=t??{},r=e.name??"",
o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,s=o||!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.
test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:s,
throttled:o}}function Ns(t,e){return e?`AWS kept throttling ${t} for longer than ${Vy} attempts with backoff: re-run later, spread out concurrent deliveries, or\
 raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_E\
NDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Dn=class{constructor(e){this.seconds=e;this.expired=new Promise((r,o)=>{this.timer=setTimeout(()=>{
o(new Cs(e,[...new Set(this.waiting)])),this.controller.abort(),setTimeout(()=>process.exit(process.exitCode||1),Nk).unref()},e*1e3)}),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;expired;get ms(){
return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){try{return await Promise.race([e(),this.expired])}finally{clearTimeout(this.timer)}}async watch(e,r){
this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.waiting.indexOf(e),1)}}};function co(t,e,r){return t?
t.watch(e,r):r()}var Wy={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function Iu(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function qy(t,e,r={}){
let o=Iu(e),s=r.buildx??r.buildkit;if(o===!1){if(s)throw new Ke(`${s} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[n,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(n)return"buildx";if(r.
buildx)throw new Ke(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ke(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ke(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}var yO=require("node:child_process"),SO=require("node:fs"),EO=require("node:util");F();Oe();v();L();j();U();rt();Q();he();Si();v();j();F();j();j();var nn="ref",is=-1,Ei=!0,RI="isSet",bI="PartitionResult",xi="booleanEquals",Ge="stringEquals",pg="getAttr",_I="us-east-1",wI="sigv4",II="sts",TI="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",vI={[nn]:"Endpoint"},ze={[nn]:"Region"},lg={[nn]:bI},sn={},AI=[ze],CI={conditions:[[RI,[vI]],[RI,AI],["aws.partition",AI,
bI],[xi,[{[nn]:"UseFIPS"},Ei]],[xi,[{[nn]:"UseDualStack"},Ei]],[Ge,[ze,"aws-global"]],[xi,[{[nn]:"UseGlobalEndpoint"},Ei]],[Ge,[ze,"eu-central-1"]],[xi,[{fn:pg,
argv:[lg,"supportsDualStack"]},Ei]],[xi,[{fn:pg,argv:[lg,"supportsFIPS"]},Ei]],[Ge,[ze,"ap-south-1"]],[Ge,[ze,"eu-north-1"]],[Ge,[ze,"eu-west-1"]],[Ge,[ze,"eu-w\
est-2"]],[Ge,[ze,"eu-west-3"]],[Ge,[ze,"sa-east-1"]],[Ge,[ze,_I]],[Ge,[ze,"us-east-2"]],[Ge,[ze,"us-west-2"]],[Ge,[ze,"us-west-1"]],[Ge,[ze,"ca-central-1"]],[Ge,
[ze,"ap-southeast-1"]],[Ge,[ze,"ap-northeast-1"]],[Ge,[ze,"ap-southeast-2"]],[Ge,[{fn:pg,argv:[lg,"name"]},"aws-us-gov"]]],results:[[is],["https://sts.amazonaws\
.com",{authSchemes:[{name:wI,signingName:II,signingRegion:_I}]}],[TI,{authSchemes:[{name:wI,signingName:II,signingRegion:"{Region}"}]}],[is,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[is,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[vI,sn],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",sn],[is,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",sn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",sn],[is,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",sn],[is,"DualStack is enabled but this partition does not support DualStack"],[TI,sn],[is,"Invalid Configuration: Missin\
g Region"]]},j1=2,J=1e8,V1=new Int32Array([-1,1,-1,0,30,3,1,4,J+14,2,5,J+14,3,25,6,4,24,7,5,J+1,8,6,9,J+13,7,J+1,10,10,J+1,11,11,J+1,12,12,J+1,13,13,J+1,14,14,J+
1,15,15,J+1,16,16,J+1,17,17,J+1,18,18,J+1,19,19,J+1,20,20,J+1,21,21,J+1,22,22,J+1,23,23,J+1,J+2,8,J+11,J+12,4,28,26,9,27,J+10,24,J+8,J+9,8,29,J+7,9,J+6,J+7,3,J+
3,31,4,J+4,J+5]),PI=Ue.from(V1,j1,CI.conditions,CI.results);var W1=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Yc=(t,e={})=>W1.get(t,()=>Ct(PI,{endpointParams:t,logger:e.logger}));
ve.aws=ot;var q1=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=te(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await Hs(o,{getEndpointParameterInstructions:n},e);return Object.assign(s,i)},K1=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),OI=q1(K1);function DI(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function Qc(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function dg(t){return{schemeId:"smithy.api#noAuth"}}var J1=(t,e,r)=>s=>{
let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.name.toLowerCase();return E!==
"sigv4a"&&E.startsWith("sigv4")});if(br.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},X1=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
dg(t)),e.push(Qc(t));break}case"AssumeRoleWithWebIdentity":{e.push(dg(t)),e.push(Qc(t));break}default:e.push(DI(t)),e.push(Qc(t))}return e},NI=J1(Yc,X1,{"aws.au\
th#sigv4":DI,"aws.auth#sigv4a":Qc,"smithy.api#noAuth":dg}),kI=t=>{let e=Zt(t),r=rn(e);return Object.assign(r,{authSchemePreference:V(t.authSchemePreference??[])})};var $I=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),LI={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var UI={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-sts"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service",test:"yarn g:vitest run --passWithNoTests","test:watch":"yarn g:vitest watch --passWithNoTests","test:integration":"yarn g:vi\
test run --passWithNoTests -c vitest.config.integ.mts","test:integration:watch":"yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts","test:e2e":"y\
arn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc -p tsconfig.test.json && node ./tes\
t/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.97","@aws-sdk/signature-v4-multi-region":"^3.996\
.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",
tslib:"^2.6.2"},devDependencies:{"@smithy/snapshot-testing":"^2.4.0","@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"\
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};F();he();hg();L();L();var LT="AWS_EC2_METADATA_DISABLED",UT=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:s}=await Promise.resolve().then(()=>(cp(),ap));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:n}=await Promise.resolve().then(()=>(Cg(),Ag));
return Vo(n(t),o(t))}return process.env[LT]&&process.env[LT]!=="false"?async()=>{throw new w("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),s(t))};function FT(t,e){let r=vL(t),o,s,n,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{n=l}).finally(()=>{i=void 0})),await i,n;if(n?.expiration&&n?.expiration?.
getTime()<Date.now()&&(n=void 0),o)await o;else if(!n||e?.(n))if(n)s||(s=r(c).then(l=>{n=l}).catch(()=>{}).finally(()=>{s=void 0}));else return o=r(c).then(l=>{
n=l}).finally(()=>{o=void 0}),a(c);return n};return a}var vL=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(s){if(r=s,s?.tryNextLink)continue;throw s}
throw r};var XP=!1,No=(t={})=>FT([async()=>{if(t.profile??process.env[$a])throw process.env[Ri]&&process.env[_i]&&(XP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),XP=!0)),new w("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Zc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:s,
ssoRoleName:n,ssoSession:i}=t;if(!r&&!o&&!s&&!n&&!i)throw new w("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(nh(),sh));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(JP(),KP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(jh(),zh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Jh(),Kh));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await UT(t))()),async()=>{throw new w("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
YP);var YP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;Oe();v();L();rt();O();eo();he();Io();Si();Oe();Hr();v();U();O();Q();v();var we=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var tl=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends we{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ol=class t extends we{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends we{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends we{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends we{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends we{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends we{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends we{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ll=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends we{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends we{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ml=class t extends we{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends we{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends we{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var WM="Arn",qM="AccessKeyId";var KM="AssumedRoleId";var QP="AssumedRoleUser";var JM="AssumeRoleWithWebIdentity",XM="AssumeRoleWithWebIdentityRequest",YM="AssumeRoleWithWebIdentityResponse";var QM="Audience",ZP="Credentials";var ZM="DurationSeconds",e2="Expiration";var t2="ExpiredTokenException",r2="ExpiredTradeInTokenException",o2="FederatedProviderArn";var s2="Issuer",n2="InvalidAuthorizationMessageException",i2="InvalidContextAssertionException",a2="IDPCommunicationErrorException",c2="IDPRejectedClaimExceptio\
n",p2="InvalidIdentityTokenException",l2="IdentityProvider",d2="InvalidSubjectCredentialsException",u2="InsufficientSessionLifetimeException",m2="JWTPayloadSize\
ExceededException";var f2="MalformedPolicyDocumentException",g2="MinimumSessionTokenSize";var eO="OriginIdentity",h2="OutboundWebIdentityFederationDisabledException",y2="Policy",S2="PolicyArns";var E2="PolicyDescriptorType",x2="ProviderId",R2="PackedPolicySize",_2="PackedPolicyTooLargeException",w2="Provider",I2="RoleArn",T2="RegionDisabledException",v2="\
RoleSessionName",A2="Subject";var C2="SecretAccessKey";var b2="SessionDurationEscalationException",P2="SubjectFromWebIdentityToken",O2="SourceIdentity";var D2="SubjectType",N2="SessionTokenSize",k2="SessionTokenUtilization",$2="SessionToken";var tO="TransactionContext",rO="TrustedIdentityPropagationContext";var L2="WebIdentityToken",U2="arn",F2="accessKeySecretType",jt="awsQueryError",Vt="client",M2="clientTokenType",Wt="error",qt="httpError",Kt="message",B2="origi\
nIdentityIssuerType",H2="originIdentitySubjectType",G2="originIdentitySubjectTypeType",z2="policyDescriptorListType",oO="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",j2="transactionContextIdentityProviderMapType",V2="transactionContextValueType";var W="com.amazonaws.sts",sO=new K(oO),W2=[-3,oO,"STSServiceException",0,[],[]];sO.registerError(W2,we);var at=new K(W),q2=[-3,W,t2,{[jt]:["ExpiredTokenExceptio\
n",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(q2,tl);var K2=[-3,W,r2,{[jt]:["ExpiredTradeInTokenException",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(
K2,ll);var J2=[-3,W,a2,{[jt]:["IDPCommunicationError",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(J2,cl);var X2=[-3,W,c2,{[jt]:["IDPRejectedClaim",403],[Wt]:Vt,
[qt]:403},[Kt],[0]];at.registerError(X2,il);var Y2=[-3,W,u2,{[jt]:["InsufficientSessionLifetime",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(Y2,dl);var Q2=[
-3,W,n2,{[jt]:["InvalidAuthorizationMessageException",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(Q2,pl);var Z2=[-3,W,i2,{[jt]:["InvalidContextAssertion",
400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(Z2,rl);var e3=[-3,W,p2,{[jt]:["InvalidIdentityToken",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(e3,al);
var t3=[-3,W,d2,{[jt]:["InvalidSubjectCredentials",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(t3,ul);var r3=[-3,W,m2,{[jt]:["JWTPayloadSizeExceededExcept\
ion",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(r3,ml);var o3=[-3,W,f2,{[jt]:["MalformedPolicyDocument",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(
o3,ol);var s3=[-3,W,h2,{[jt]:["OutboundWebIdentityFederationDisabledException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];at.registerError(s3,fl);var n3=[-3,W,_2,{[jt]:["\
PackedPolicyTooLarge",400],[Wt]:Vt,[qt]:400},[Kt],[0]];at.registerError(n3,sl);var i3=[-3,W,T2,{[jt]:["RegionDisabledException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];
at.registerError(i3,nl);var a3=[-3,W,b2,{[jt]:["SessionDurationEscalationException",403],[Wt]:Vt,[qt]:403},[Kt],[0]];at.registerError(a3,gl);var nO=[sO,at],c3=[
0,W,F2,8,0],p3=[0,W,M2,8,0],l3=[0,W,B2,8,0],d3=[0,W,H2,8,0],u3=[0,W,G2,8,0];var m3=[0,W,V2,8,0];var f3=[3,W,QP,0,[KM,WM],[0,0],2];var g3=[3,W,XM,0,[I2,v2,L2,x2,S2,y2,ZM,g2],[0,0,[()=>p3,0],0,()=>_3,0,1,1],3],h3=[3,W,YM,0,[ZP,P2,QP,R2,w2,QM,O2,k2,N2,rO],[[()=>y3,0],0,()=>f3,1,0,0,0,1,1,[()=>R3,
0]]];var y3=[3,W,ZP,0,[qM,C2,$2,e2],[0,[()=>c3,0],0,4],4];var S3=[3,W,eO,0,[A2,D2,s2,o2],[[()=>d3,0],[()=>u3,0],[()=>l3,0],0]],E3=[3,W,E2,0,[U2],[0]];var x3=[3,W,tO,0,[l2],[[()=>w3,0]]],R3=[3,W,rO,8,[eO,tO],[[()=>S3,0],[()=>x3,0]]],_3=[1,W,z2,0,()=>E3];var w3=[2,W,j2,0,[0,0],[()=>m3,0]];var iO=[9,W,JM,0,()=>g3,()=>h3];var aO=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??Yc,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??NI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ae}],logger:t?.
logger??new xe,protocol:t?.protocol??ls,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:nO,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??Ze,signerConstructor:t?.
signerConstructor??br,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??Z});var cO=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=aO(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
No,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Bt({serviceId:o.serviceId,clientVersion:UI.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await No(i?.__config||{})()),signer:new ne},
{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new xr},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new Ae}],maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??
r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||He},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(on,s),streamCollector:t?.
streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,s),useFipsEndpoint:t?.useFipsEndpoint??_(Et,s),userAgentAppId:t?.userAgentAppId??_(Ht,s)}};F();v();U();var pO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
lO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var dO=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),pO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),lO(r))};var hl=class extends Re{config;constructor(...[e]){let r=cO(e||{});super(r),this.initConfig=r;let o=$I(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Xt(a),l=kI(c),d=dO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Qt(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:OI,identityProviderConfigProvider:async u=>new Pe({"aws.auth#sigv4":u.credentials,"aws\
.auth#sigv4a":u.credentials})})),this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}};v();j();var uO=Tt(LI,"AWSSecurityTokenServiceV20110615","STSClient",Yt),mO={},fO=(t,e,r,o)=>[];var yl=class extends uO(mO,fO,"AssumeRoleWithWebIdentity",iO){};async function Yh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ke(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:gO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await I3(t),source:"GitHub OIDC"};if(t.ci==="circleci")return T3(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:gO(e),source:`file ${e}`};throw new Ke(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function gO(t){let e=(0,SO.readFileSync)(t,"utf8").trim();if(!e)throw new Ke(
`the OIDC token file ${t} is empty`);return e}async function I3(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ke("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw new yr(`could not get the GitHub OIDC token: ${e.message}`,"check `permissio\
ns: id-token: write`; tokens are not issued to pull requests from forks")}}async function T3(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,r=e&&{
token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
xu&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:s}=await(0,EO.promisify)(yO.execFile)("circleci",o,{encoding:"utf8",env:t.env}),n=s.trim();if(n)
return{token:n,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ke("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function v3(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function Qh(t,e,r,o){r.secret(e);let s=new hl(Os(t.region,void 0,o)),n=new yl({RoleArn:t.roleArn,RoleSessionName:t.sessionName,
WebIdentityToken:e,DurationSeconds:t.durationSeconds});try{let a=(await co(o,"STS AssumeRoleWithWebIdentity",()=>s.send(n,{abortSignal:o?.signal}))).Credentials;
if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)throw new yr("STS answered without credentials");return C3({accessKeyId:a.AccessKeyId,secretAccessKey:a.
SecretAccessKey,sessionToken:a.SessionToken,expiration:a.Expiration},r)}catch(i){throw b3(i,t,e)}finally{s.destroy()}}function xO(t,e){let r={credentials:t,margin:hO(
t)},o;return()=>{let s=r.credentials.expiration?.getTime();return s===void 0||s-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(n=>(r={credentials:n,
margin:hO(n)},n)).finally(()=>{o=void 0}),o)}}var A3=300*1e3;function hO(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(A3,e/2)}function C3(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function b3(t,e,r){if(t instanceof yr)return t;let o=t,s=v3(r),n=`token iss\
=${s.iss??"?"} sub=${s.sub??"?"} aud=${s.aud??"?"}`,i=Ds(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} att\
empt(s) (${o.name}: ${o.message}); ${n}`;return new yr(c,Ns("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}\
: ${o.message}); ${n}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new yr(a,"the role's trust policy must allow this token: Federated p\
rincipal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityToken":case"\
InvalidIdentityTokenException":return new yr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client id",{cause:t});case"\
ExpiredTokenException":return new yr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunica\
tionErrorException":return new yr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new yr(a,void 0,{cause:t})}}var xn=require("node:fs"),IO=require("node:os"),Zh=require("node:path");var RO=3,P3=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
_O=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,wO=t=>t.startsWith(
"-")?`./${t}`:t;function TO(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=xa(e),r}function O3(t,e,r){
let o=e==="buildx",s=o?["buildx","build"]:["build"],n=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};s.push("--file",wO(t.dockerfile));for(let i of t.tags)s.push(
"--tag",i);for(let[i,a]of Object.entries(t.labels))s.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf("=");n[i.slice(0,a)]=i.slice(a+1),s.push(
"--build-arg",i.slice(0,a))}if(t.target&&s.push("--target",t.target),t.platform&&s.push("--platform",t.platform),e!=="classic"){let i=ky(t.secrets);s.push(...i.
argv),Object.assign(n,i.env)}return t.cache&&(o&&s.push("--cache-to","type=inline"),e==="buildkit"&&s.push("--build-arg","BUILDKIT_INLINE_CACHE=1"),t.cache.from&&
s.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(s.push("--provenance",t.provenance?"mode=max":"false"),t.provenance&&s.push("--sb\
om","true"),s.push(t.pushFromBuilder?"--push":"--load"),r&&s.push("--metadata-file",r)),s.push(wO(t.context)),{argv:s,env:n}}function D3(t){return/digest: (sha256:[a-f0-9]{64})/.
exec(t)?.[1]}var Rs=class{constructor(e,r,o,s=process.env){this.runner=e;this.reporter=r;this.deadline=o;this.env=s}runner;reporter;deadline;env;run(e,r,o){return co(
this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,o))}async check(){let e;try{e=await this.run("docker",["version","--format","{\
{.Server.Version}}"],{silent:!0})}catch{throw new Ke("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the\
 machine executor, or a docker image with setup_remote_docker)")}if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ke(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=qy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${Wy[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new cr(`docker login to ${e.host}\
 failed: ${jr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,xn.mkdtempSync)((0,Zh.join)(
(0,IO.tmpdir)(),"ecr-deliver-")):void 0,s=o?(0,Zh.join)(o,"metadata.json"):void 0;try{let n=await this.runBuild(e,r,s);if(n.code!==0&&e.cache&&/cache/i.test(jr(
n))&&(this.reporter.warning(`the build failed on the layer cache (${jr(n)}); building again without it`),n=await this.runBuild({...e,cache:void 0},r,s)),n.code!==
0)throw new cr(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${n.code}): ${jr(n)}`);return!s||!e.pushFromBuilder?void 0:JSON.parse((0,xn.readFileSync)(
s,"utf8"))["containerimage.digest"]}finally{o&&(0,xn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:s,env:n}=O3(e,r,o);return this.run("docker",s,
{output:this.reporter.output,env:n})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.
reporter.warning(`no layer cache: docker pull ${e} failed (${jr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],
{output:this.reporter.output});if(o.code!==0)throw new cr(`docker tag ${e} ${r} failed: ${jr(o)}`)}async push(e,r){let o=!1;for(let s=1;;s++){let n=await this.run(
"docker",["push",e],{output:this.reporter.output}),i=`${n.stdout}
${n.stderr}`;if(n.code===0){let a=D3(i);if(!a)throw new cr(`docker push ${e} printed no digest`);return a}if(_O.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${jr(n)}); logging in again`),await r();continue}if(_O.test(i))throw new cr(`docker push ${e} was refused after a fresh login: ${jr(
n)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!P3.test(
i)||s>=RO)throw new cr(`docker push ${e} failed after ${s} attempt(s): ${jr(n)}`);this.reporter.warning(`docker push failed (${jr(n)}); retrying (${s}/${RO-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(s-1)))}}},N3=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function jr(t){let e=o=>o.split(`
`).map(s=>s.trim()).filter(s=>s&&!N3.test(s)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var ay=require("node:fs");F();Oe();v();L();j();U();rt();Q();he();v();var vO=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function k3(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var AO=t=>{let e=[];switch(t.operation){default:e.push(k3(t))}return e},CO=t=>{let e=Zt(t);return Object.assign(e,{authSchemePreference:V(t.authSchemePreference??
[])})};var bO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),PO={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var OO={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}};F();he();v();L();rt();O();eo();he();Io();Hr();v();U();O();F();j();j();var Rn="ref",_s=-1,Sl=!0,DO="isSet",ty="PartitionResult",ko="stringEquals",El="booleanEquals",ey="getAttr",NO={[Rn]:"Endpoint"},$o={fn:ey,argv:[{[Rn]:ty},"n\
ame"]},kO={[Rn]:ty},ws={},$O=[{[Rn]:"Region"}],LO={conditions:[[DO,[NO]],[DO,$O],["aws.partition",$O,ty],[ko,[$o,"aws-eusc"]],[ko,[$o,"aws-iso-f"]],[ko,[$o,"aws\
-iso-e"]],[ko,[$o,"aws-iso-b"]],[ko,[$o,"aws-iso"]],[ko,[$o,"aws-cn"]],[ko,[$o,"aws-us-gov"]],[ko,[$o,"aws"]],[El,[{[Rn]:"UseFIPS"},Sl]],[El,[{fn:ey,argv:[kO,"s\
upportsFIPS"]},Sl]],[El,[{[Rn]:"UseDualStack"},Sl]],[El,[{fn:ey,argv:[kO,"supportsDualStack"]},Sl]]],results:[[_s],[_s,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[_s,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[NO,ws],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",ws],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",ws],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",ws],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",ws],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",ws],[_s,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[_s,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",ws],[_s,"DualStack is enabled but this partition does not support DualStack"],[_s,"Invalid Configuration: Missing Region"]]},L3=2,qe=1e8,
U3=new Int32Array([-1,1,-1,0,23,3,1,4,qe+13,2,5,qe+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,qe+4,14,qe+11,qe+12,12,18,17,13,
qe+9,qe+10,13,19,qe+6,14,qe+8,qe+9,11,22,21,13,qe+5,qe+4,13,qe+7,qe+6,11,qe+1,24,13,qe+2,qe+3]),UO=Ue.from(U3,L3,LO.conditions,LO.results);var F3=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),FO=(t,e={})=>F3.get(t,()=>Ct(UO,{endpointParams:t,logger:e.logger}));ve.aws=ot;Q();v();var P=class t extends $e{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var xl=class t extends P{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},_l=class t extends P{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends P{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends P{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends P{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends P{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Al=class t extends P{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends P{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},bl=class t extends P{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends P{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ol=class t extends P{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends P{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends P{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
kl=class t extends P{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$l=class t extends P{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends P{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ul=class t extends P{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fl=class t extends P{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ml=class t extends P{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bl=class t extends P{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends P{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Gl=class t extends P{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zl=class t extends P{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Vl=class t extends P{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wl=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ql=class t extends P{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Kl=class t extends P{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jl=class t extends P{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Xl=class t extends P{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends P{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends P{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends P{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ed=class t extends P{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends P{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends P{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends P{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},sd=class t extends P{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends P{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends P{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ad=class t extends P{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cd=class t extends P{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends P{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends P{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dd=class t extends P{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ud=class t extends P{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
md=class t extends P{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends P{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gd=class t extends P{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var M3="AuthorizationData",B3="AuthorizationDataList";var H3="BlockedByOrganizationPolicyException";var G3="BatchGetImage",z3="BatchGetImageRequest",j3="BatchGetImageResponse";var V3="CreateRepository";var W3="CreateRepositoryRequest",q3="CreateRepositoryResponse";var K3="DescribeImages",J3="DescribeImagesFilter",X3="DescribeImagesRequest";var Y3="DescribeImagesResponse";var Q3="DescribeRepositoriesRequest",Z3="DescribeRepositoriesResponse";var eB="DescribeRepositories";var tB="ExclusionAlreadyExistsException",rB="EncryptionConfiguration";var oB="ExclusionNotFoundException",sB="EmptyUploadException";var nB="GetAuthorizationToken",iB="GetAuthorizationTokenRequest",aB="GetAuthorizationTokenResponse";var cB="Image",pB="ImageArchivedException",lB="ImageAlreadyExistsException",dB="ImageDetail",uB="ImageDigestDoesNotMatchException",mB="ImageDetailList",fB="Imag\
eFailure",gB="ImageFailureList",hB="ImageIdentifier",yB="ImageIdentifierList",SB="ImageList",EB="InvalidLayerException",xB="InvalidLayerPartException";var RB="ImageNotFoundException",_B="InvalidParameterException";var wB="ImageScanningConfiguration",IB="ImageStorageClassUpdateNotSupportedException";var TB="ImageScanFindingsSummary";var vB="ImageScanStatus";var AB="ImageTagAlreadyExistsException",CB="ImageTagMutabilityExclusionFilter",bB="ImageTagMutabilityExclusionFilters",PB="InvalidTagParameterException",OB="Key",
DB="KmsException";var NB="LayerAlreadyExistsException",kB="LimitExceededException";var $B="LayerInaccessibleException";var LB="LayersNotFoundException",UB="LifecyclePolicyNotFoundException";var FB="LifecyclePolicyPreviewInProgressException",MB="LifecyclePolicyPreviewNotFoundException";var BB="LayerPartTooSmallException";var HB="PutImage",GB="PutImageRequest",zB="PutImageResponse";var jB="PutLifecyclePolicy",VB="PutLifecyclePolicyRequest",WB="PutLifecyclePolicyResponse";var qB="PullThroughCacheRuleAlreadyExistsException";var KB="PullThroughCacheRuleNotFoundException";var JB="RepositoryAlreadyExistsException",XB="ReplicationBackfillInProgressException",YB="ReplicationBackfillInvalidStatusException",QB="ReplicationBackfillNotF\
oundException";var ZB="ReferencedImagesNotFoundException",eH="RepositoryList";var tH="RepositoryNotEmptyException",rH="RepositoryNotFoundException",oH="RegistryPolicyNotFoundException",sH="RepositoryPolicyNotFoundException";var nH="Repository";var iH="SigningConfigurationNotFoundException";var aH="ServerException";var cH="ScanNotFoundException",pH="SecretNotFoundException";var lH="SetRepositoryPolicy",dH="SetRepositoryPolicyRequest",uH="SetRepositoryPolicyResponse",mH="Tag",fH="TemplateAlreadyExistsException";var gH="TagList",hH="TooManyTagsException",yH="TemplateNotFoundException";var SH="UnsupportedImageTypeException";var EH="UploadNotFoundException";var xH="UnableToAccessSecretException",RH="UnableToDecryptSecretValueException",_H="UnableToGetUpstreamImageException",wH="UnableToGetUpstreamLayerException",IH="\
UnableToListUpstreamImageReferrersException",TH="UnsupportedUpstreamRegistryException",vH="Value",AH="ValidationException";var CH="authorizationData";var bH="acceptedMediaTypes",PH="artifactMediaType";var OH="authorizationToken";var $="client";var DH="createdAt";var NH="description";var N="error",kH="expiresAt";var MO="encryptionConfiguration";var $H="encryptionType";var LH="failures";var UH="failureCode";var FH="failureReason";var MH="findingSeverityCounts",BH="filterType";var BO="filter";var HH="force",GH="httpError",zH="images",jH="imageDetails",ry="imageDigest";var HO="imageIds",GO="imageId",zO="imageManifest",oy="imageManifestMediaType",VH="imagePushedAt",jO="imageStatus",VO="imageScanningConfiguration",WH="imageScanC\
ompletedAt";var qH="imageScanFindingsSummary",KH="imageSizeInBytes",JH="imageScanStatus",XH="imageTags";var WO="imageTagMutability",qO="imageTagMutabilityExclusionFilters",KO="imageTag";var YH="image";var QH="kmsError",ZH="kmsKey";var e4="lastArchivedAt",t4="lastActivatedAt";var JO="lifecyclePolicyText",r4="lastRecordedPullTime";var o4="lastValidByteReceived",k="message",XO="maxResults";var hd="nextToken";var s4="proxyEndpoint";var YO="policyText";var n4="repositoryArn";var gr="registryId",i4="registryIds",wr="repositoryName",a4="repositoryNames";var c4="repositoryUri";var p4="repository";var l4="repositories";var QO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var d4="subjectManifestDigest",u4="scanOnPush";var m4="server";var f4="status";var g4="tags";var h4="tagStatus";var y4="uploadId";var S4="vulnerabilitySourceUpdatedAt";var x="com.amazonaws.ecr",ZO=new K(QO),E4=[-3,QO,"ECRServiceException",0,[],[]];ZO.registerError(E4,P);var D=new K(x),x4=[-3,x,H3,{[N]:$},[k],[0]];D.registerError(
x4,ad);var R4=[-3,x,sB,{[N]:$},[k],[0]];D.registerError(R4,vl);var _4=[-3,x,tB,{[N]:$},[k],[0]];D.registerError(_4,cd);var w4=[-3,x,oB,{[N]:$},[k],[0]];D.registerError(
w4,Kl);var I4=[-3,x,lB,{[N]:$},[k],[0]];D.registerError(I4,od);var T4=[-3,x,pB,{[N]:$},[k],[0]];D.registerError(T4,pd);var v4=[-3,x,uB,{[N]:$},[k],[0]];D.registerError(
v4,sd);var A4=[-3,x,RB,{[N]:$},[k],[0]];D.registerError(A4,Jl);var C4=[-3,x,IB,{[N]:$},[k],[0]];D.registerError(C4,fd);var b4=[-3,x,AB,{[N]:$},[k],[0]];D.registerError(
b4,nd);var P4=[-3,x,EB,{[N]:$},[k],[0]];D.registerError(P4,Al);var O4=[-3,x,xB,{[N]:$},[gr,wr,y4,o4,k],[0,0,0,1,0]];D.registerError(O4,gd);var D4=[-3,x,_B,{[N]:$},
[k],[0]];D.registerError(D4,xl);var N4=[-3,x,PB,{[N]:$},[k],[0]];D.registerError(N4,Ul);var k4=[-3,x,DB,{[N]:$},[k,QH],[0,0]];D.registerError(k4,Cl);var $4=[-3,
x,NB,{[N]:$},[k],[0]];D.registerError($4,bl);var L4=[-3,x,$B,{[N]:$},[k],[0]];D.registerError(L4,Ql);var U4=[-3,x,BB,{[N]:$},[k],[0]];D.registerError(U4,Pl);var F4=[
-3,x,LB,{[N]:$},[k],[0]];D.registerError(F4,Zl);var M4=[-3,x,UB,{[N]:$},[k],[0]];D.registerError(M4,Hl);var B4=[-3,x,FB,{[N]:$},[k],[0]];D.registerError(B4,dd);
var H4=[-3,x,MB,{[N]:$},[k],[0]];D.registerError(H4,td);var G4=[-3,x,kB,{[N]:$},[k],[0]];D.registerError(G4,wl);var z4=[-3,x,qB,{[N]:$},[k],[0]];D.registerError(
z4,Dl);var j4=[-3,x,KB,{[N]:$},[k],[0]];D.registerError(j4,Gl);var V4=[-3,x,ZB,{[N]:$},[k],[0]];D.registerError(V4,id);var W4=[-3,x,oH,{[N]:$},[k],[0]];D.registerError(
W4,zl);var q4=[-3,x,XB,{[N]:$},[k],[0]];D.registerError(q4,ud);var K4=[-3,x,YB,{[N]:$},[k],[0]];D.registerError(K4,md);var J4=[-3,x,QB,{[N]:$},[k],[0]];D.registerError(
J4,Yl);var X4=[-3,x,JB,{[N]:$},[k],[0]];D.registerError(X4,Fl);var Y4=[-3,x,tH,{[N]:$},[k],[0]];D.registerError(Y4,jl);var Q4=[-3,x,rH,{[N]:$},[k],[0]];D.registerError(
Q4,Rl);var Z4=[-3,x,sH,{[N]:$},[k],[0]];D.registerError(Z4,Wl);var eG=[-3,x,cH,{[N]:$},[k],[0]];D.registerError(eG,Xl);var tG=[-3,x,pH,{[N]:$},[k],[0]];D.registerError(
tG,Nl);var rG=[-3,x,aH,{[N]:m4},[k],[0]];D.registerError(rG,_l);var oG=[-3,x,iH,{[N]:$},[k],[0]];D.registerError(oG,ql);var sG=[-3,x,fH,{[N]:$},[k],[0]];D.registerError(
sG,Bl);var nG=[-3,x,yH,{[N]:$},[k],[0]];D.registerError(nG,Vl);var iG=[-3,x,hH,{[N]:$},[k],[0]];D.registerError(iG,Ml);var aG=[-3,x,xH,{[N]:$},[k],[0]];D.registerError(
aG,kl);var cG=[-3,x,RH,{[N]:$},[k],[0]];D.registerError(cG,$l);var pG=[-3,x,_H,{[N]:$},[k],[0]];D.registerError(pG,Il);var lG=[-3,x,wH,{[N]:$},[k],[0]];D.registerError(
lG,ed);var dG=[-3,x,IH,{[N]:$},[k],[0]];D.registerError(dG,rd);var uG=[-3,x,SH,{[N]:$},[k],[0]];D.registerError(uG,ld);var mG=[-3,x,TH,{[N]:$},[k],[0]];D.registerError(
mG,Ll);var fG=[-3,x,EH,{[N]:$},[k],[0]];D.registerError(fG,Ol);var gG=[-3,x,AH,{[N]:$,[GH]:400},[k],[0]];D.registerError(gG,Tl);var eD=[ZO,D];var hG=[3,x,M3,0,[OH,kH,s4],[0,4,0]];var yG=[3,x,z3,0,[wr,HO,gr,bH],[0,()=>nD,0,64],2],SG=[3,x,j3,0,[zH,LH],[()=>zG,()=>GG]];var EG=[3,x,W3,0,[wr,gr,g4,WO,qO,VO,MO],[0,0,()=>VG,0,()=>iD,()=>oD,()=>tD],1],xG=[3,x,q3,0,[p4],[()=>sD]];var RG=[3,x,J3,0,[h4,jO],[0,0]];var _G=[3,x,X3,0,[wr,gr,HO,hd,XO,BO],[0,0,()=>nD,0,1,()=>RG],1],wG=[3,x,Y3,0,[jH,hd],[()=>HG,0]];var IG=[3,x,Q3,0,[gr,a4,hd,XO],[0,64,0,1]],TG=[3,x,Z3,0,[l4,hd],[()=>jG,0]];var tD=[3,x,rB,0,[$H,ZH],[0,0],1];var vG=[3,x,iB,0,[i4],[64]],AG=[3,x,aB,0,[CH],[()=>BG]];var rD=[3,x,cB,0,[gr,wr,GO,zO,oy],[0,0,()=>sy,0,0]],CG=[3,x,dB,0,[gr,wr,ry,XH,KH,VH,JH,qH,oy,PH,r4,d4,jO,e4,t4],[0,0,0,64,1,4,()=>OG,()=>PG,0,0,4,0,0,4,4]],bG=[
3,x,fB,0,[GO,UH,FH],[()=>sy,0,0]],sy=[3,x,hB,0,[ry,KO],[0,0]];var PG=[3,x,TB,0,[WH,S4,MH],[4,4,129]],oD=[3,x,wB,0,[u4],[2]],OG=[3,x,vB,0,[f4,NH],[0,0]];var DG=[3,x,CB,0,[BH,BO],[0,0],2];var NG=[3,x,GB,0,[wr,zO,gr,oy,KO,ry],[0,0,0,0,0,0],2],kG=[3,x,zB,0,[YH],[()=>rD]];var $G=[3,x,VB,0,[wr,JO,gr],[0,0,0],2],LG=[3,x,WB,0,[gr,wr,JO],[0,0,0]];var sD=[3,x,nH,0,[n4,gr,wr,c4,DH,WO,qO,VO,MO],[0,0,0,0,4,0,()=>iD,()=>oD,()=>tD]];var UG=[3,x,dH,0,[wr,YO,gr,HH],[0,0,0,2],2],FG=[3,x,uH,0,[gr,wr,YO],[0,0,0]];var MG=[3,x,mH,0,[OB,vH],[0,0],2];var BG=[1,x,B3,0,()=>hG];var HG=[1,x,mB,0,()=>CG],GG=[1,x,gB,0,()=>bG],nD=[1,x,yB,0,()=>sy],zG=[1,x,SB,0,()=>rD];var iD=[1,x,bB,0,()=>DG];var jG=[1,x,eH,0,()=>sD];var VG=[1,x,gH,0,()=>MG];var aD=[9,x,G3,0,()=>yG,()=>SG];var cD=[9,x,V3,0,()=>EG,()=>xG];var pD=[9,x,K3,0,()=>_G,()=>wG];var lD=[9,x,eB,0,()=>IG,()=>TG];var dD=[9,x,nB,0,()=>vG,()=>AG];var uD=[9,x,HB,0,()=>NG,()=>kG];var mD=[9,x,jB,0,()=>$G,()=>LG];var fD=[9,x,lH,0,()=>UG,()=>FG];var gD=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??FO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??AO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new xe,protocol:t?.protocol??ps,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:eD,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var hD=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=gD(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
No,defaultSocketTimeout:pr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Bt({serviceId:o.serviceId,clientVersion:OO.version}),maxAttempts:t?.
maxAttempts??_(Lt,t),region:t?.region??_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).
retryMode||He},t),streamCollector:t?.streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,s),useFipsEndpoint:t?.useFipsEndpoint??_(Et,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}};F();v();U();var yD=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
SD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var ED=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),yD(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),SD(r))};var yd=class extends Re{config;constructor(...[e]){let r=hD(e||{});super(r),this.initConfig=r;let o=bO(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Xt(a),l=CO(c),d=ED(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Qt(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:vO,identityProviderConfigProvider:async u=>new Pe({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}};v();j();var ct=Tt(PO,"AmazonEC2ContainerRegistry_V20150921","ECRClient",Yt),pt={},lt=(t,e,r,o)=>[];var Sd=class extends ct(pt,lt,"BatchGetImage",aD){};var Ed=class extends ct(pt,lt,"CreateRepository",cD){};var xd=class extends ct(pt,lt,"DescribeImages",pD){};var Rd=class extends ct(pt,lt,"DescribeRepositories",lD){};var pa=class extends ct(pt,lt,"GetAuthorizationToken",dD){};var _d=class extends ct(pt,lt,"PutImage",uD){};var wd=class extends ct(pt,lt,"PutLifecyclePolicy",mD){};var Id=class extends ct(pt,lt,"SetRepositoryPolicy",fD){};var ny=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],WG=5,qG=5,Is=t=>t?.name??"",_n=class{constructor(e,r,o,s){this.registryId=o;this.deadline=s;this.ecr=new yd(Os(
e,r,s)),this.sendOptions={abortSignal:s?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAuthoriz\
ationToken",()=>this.ecr.send(new pa(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Td(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new pa({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Td(o))}async findRepository(e){
let r=await this.describe(e);return r&&iy(r,!1)}async ensureRepository(e){let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new Se(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");try{let o=await this.call("CreateRepository",()=>this.ecr.send(new Ed({
registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:KG(e),imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return iy(o.repository,!0)}catch(o){if(Is(
o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.describe(e.repository);if(!s)throw o;return iy(s,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,ay.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new wd({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,ay.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Id({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,s;try{s=await this.call("BatchGetImage",()=>this.ecr.send(new Sd({registryId:this.registryId,repositoryName:e,imageIds:r.map(n=>({imageTag:n})),acceptedMediaTypes:ny}),
this.sendOptions))}catch(n){if(Is(n)==="RepositoryNotFoundException")return o;throw n}for(let n of s.images??[]){let i=n.imageId?.imageTag;i&&n.imageId?.imageDigest&&
n.imageManifest&&o.set(i,{digest:n.imageId.imageDigest,manifest:n.imageManifest,mediaType:n.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let s=0;s<
WG;s++){let n;try{n=await this.call("DescribeImages",()=>this.ecr.send(new xd({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,
nextToken:o}),this.sendOptions))}catch(i){if(Is(i)==="RepositoryNotFoundException")return;throw i}for(let i of n.imageDetails??[]){let a=i.imagePushedAt?.getTime()??
0;i.imageDigest&&!i.artifactMediaType?.includes("artifact")&&ny.includes(i.imageManifestMediaType??ny[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=
n.nextToken,!o)break}return r?.digest}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new _d({registryId:this.registryId,repositoryName:e,imageManifest:r.
manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(s){if(Is(s)==="ImageAlreadyExistsException")return;
throw Is(s)==="ImageTagAlreadyExistsException"?new Se(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: d\
rop the tag from `tags`, or use a new one",{cause:s}):s}}async describe(e){try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new Rd({registryId:this.
registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(Is(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await co(
this.deadline,`ECR ${e}`,r)}catch(o){let s=Is(o);if(o instanceof Se||/NotFound|AlreadyExists/.test(s))throw o;if(s==="CredentialsProviderError")throw new Se(`no\
 AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a \
profile, an instance role)",{cause:o});let n=Ds(o);if(n.transient)throw new Se(`ECR ${e} failed after ${n.attempts} attempt(s): ${s}: ${o.message}`,Ns("ECR",n.throttled),
{cause:o});let i=`ECR ${e} failed: ${s}: ${o.message}`;throw/ExpiredToken/.test(s)?new Se(`ECR ${e} failed: the AWS credentials have expired (${s}: ${o.message}\
)`,"with role-to-assume they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued\
 them)",{cause:o}):/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(s)?new Se(i,`the credentials need ecr:${e} on this repository (\`ecr-deli\
ver iam-policy\` prints the policy)`,{cause:o}):new Se(i,void 0,{cause:o})}}};function Td(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new Se("ECR \
returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(
/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function iy(t,e){return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??
"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??"").filter(Boolean),created:e}}function KG(t){return t.imageTagMutability!==
"IMMUTABLE_WITH_EXCLUSION"?void 0:(t.tags.length?t.tags:["latest"]).slice(0,qG).map(r=>({filterType:"WILDCARD",filter:r}))}function JG(t){return new RegExp(`^${t.
split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function cy(t,e){let r=t.exclusionFilters.some(o=>JG(o).test(e));switch(t.mutability){case"\
IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}var xD=require("node:fs");async function py(t,e,r,o){let s=new Map;for(let i of t)s.set(i.region??e,[...s.get(i.region??e)??[],i.id]);return(await Promise.all([...s].map(async([i,a])=>{let c=new _n(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var XG=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
YG=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function ly(t){let e;try{e=(0,xD.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let s=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(s)||s==="localhost")&&r.add(s)}return[...r]}function RD(t,e,r,o){
if(!XG.test(t))return;let s=ly(e).filter(i=>!r.includes(i));return s.length?`the Dockerfile pulls from ${s.map(i=>{let a=YG.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}F();Oe();v();L();j();U();rt();Q();he();v();var _D=async(t,e,r)=>({operation:te(e).operation,region:await V(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function QG(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var wD=t=>{let e=[];switch(t.operation){default:e.push(QG(t))}return e},ID=t=>{let e=Zt(t);return Object.assign(e,{authSchemePreference:V(
t.authSchemePreference??[])})};var TD=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),vD={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var AD={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr-public",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazo\
n.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr-public"},files:["dist-*/**"],sideEffects:!1,
main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.977.7","@aw\
s-sdk/credential-provider-node":"^3.972.79","@aws-sdk/types":"^3.974.3","@smithy/core":"^3.31.1","@smithy/fetch-http-handler":"^5.6.13","@smithy/node-http-handl\
er":"^4.9.13","@smithy/types":"^4.16.1",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dt\
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};F();he();v();L();rt();O();eo();he();Io();Hr();v();U();O();F();j();j();var la="ref",Ts=-1,vd=!0,CD="isSet",DD="PartitionResult",Ad="booleanEquals",dy="getAttr",bD={[la]:"Endpoint"},uy={[la]:DD},wn={},PD=[{[la]:"Region"}],OD={conditions:[
[CD,[bD]],[CD,PD],["aws.partition",PD,DD],[Ad,[{[la]:"UseFIPS"},vd]],[Ad,[{[la]:"UseDualStack"},vd]],[Ad,[{fn:dy,argv:[uy,"supportsDualStack"]},vd]],[Ad,[{fn:dy,
argv:[uy,"supportsFIPS"]},vd]],["stringEquals",[{fn:dy,argv:[uy,"name"]},"aws"]]],results:[[Ts],[Ts,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[Ts,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[bD,wn],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",wn],[Ts,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",wn],[Ts,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",wn],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",wn],[Ts,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",wn],[Ts,"Invalid Configuration: Missing Region"]]},ez=2,or=1e8,tz=new Int32Array([-1,1,-1,0,13,3,1,4,or+12,2,5,or+12,3,9,6,4,7,or+11,5,8,or+10,7,
or+8,or+9,4,11,10,6,or+6,or+7,5,12,or+5,6,or+4,or+5,3,or+1,14,4,or+2,or+3]),ND=Ue.from(tz,ez,OD.conditions,OD.results);var rz=new Fe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),kD=(t,e={})=>rz.get(t,()=>Ct(ND,{endpointParams:t,logger:e.logger}));ve.aws=ot;Q();v();var ee=class t extends $e{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Cd=class t extends ee{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},bd=class t extends ee{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pd=class t extends ee{name="RepositoryNotFoundException";$fault="client";constructor(e){super({
name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Od=class t extends ee{name="ServerException";$fault="server";constructor(e){
super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Dd=class t extends ee{name="UnsupportedCommandException";$fault="\
client";constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nd=class t extends ee{name="Em\
ptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kd=class t extends ee{name="\
InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$d=class t extends ee{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ld=class t extends ee{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ud=class t extends ee{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Fd=class t extends ee{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParame\
terException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Md=class t extends ee{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bd=class t extends ee{name="RepositoryAlreadyExistsExcepti\
on";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hd=class t extends ee{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gd=class t extends ee{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
zd=class t extends ee{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},jd=class t extends ee{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vd=class t extends ee{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wd=class t extends ee{name="ImageAlreadyEx\
istsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qd=class t extends ee{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Kd=class t extends ee{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},Jd=class t extends ee{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Xd=class t extends ee{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yd=class t extends ee{name="ReferencedImagesNotFoundExcep\
tion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var oz="AuthorizationData";var sz="CreateRepository",nz="CreateRepositoryRequest",iz="CreateRepositoryResponse";var az="DescribeImageTags",cz="DescribeImageTagsRequest",pz="DescribeImageTagsResponse";var lz="DescribeRegistriesRequest",dz="DescribeRegistriesResponse",uz="DescribeRepositoriesRequest",mz="DescribeRepositoriesResponse",fz="DescribeRegistries",gz="\
DescribeRepositories",hz="EmptyUploadException",yz="GetAuthorizationToken",Sz="GetAuthorizationTokenRequest",Ez="GetAuthorizationTokenResponse";var xz="Image",Rz="ImageAlreadyExistsException";var _z="ImageDigestDoesNotMatchException";var wz="ImageIdentifier";var Iz="InvalidLayerException",Tz="InvalidLayerPartException";var vz="ImageNotFoundException",Az="InvalidParameterException",Cz="ImageTagAlreadyExistsException",bz="ImageTagDetail",Pz="ImageTagDetailList",Oz="InvalidTagPar\
ameterException",Dz="Key";var Nz="LayerAlreadyExistsException",kz="LimitExceededException";var $z="LayersNotFoundException",Lz="LayerPartTooSmallException";var Uz="PutImage",Fz="PutImageRequest",Mz="PutImageResponse";var Bz="Registry",Hz="RegistryAlias",Gz="RepositoryAlreadyExistsException",zz="RegistryAliasList";var jz="RepositoryCatalogDataInput",Vz="RepositoryCatalogDataNotFoundException",Wz="RepositoryCatalogData",qz="ReferencedImageDetail",Kz="ReferencedImagesNotFou\
ndException",Jz="RegistryList",Xz="RepositoryList",Yz="RepositoryNotEmptyException",Qz="RegistryNotFoundException",Zz="RepositoryNotFoundException",ej="Reposito\
ryPolicyNotFoundException",tj="Repository",rj="ServerException",oj="SetRepositoryPolicy",sj="SetRepositoryPolicyRequest",nj="SetRepositoryPolicyResponse",ij="Ta\
g",aj="TagList",cj="TooManyTagsException";var pj="UnsupportedCommandException";var lj="UploadNotFoundException";var dj="Value",uj="aliases",mj="authorizationData",fj="artifactMediaType",gj="authorizationToken",$D="aboutText",LD="architectures",ue="client",UD="createdAt",FD="\
catalogData",MD="description";var hj="defaultRegistryAlias",ae="error",yj="expiresAt";var Sj="force",Ej="image";var my="imageDigest",xj="imageDetail";var Rj="imageId",BD="imageManifest",fy="imageManifestMediaType",_j="imagePushedAt",wj="imageSizeInBytes";var Ij="imageTagDetails",gy="imageTag";var Tj="logoImageBlob";var vj="logoUrl",Aj="lastValidByteReceived",ce="message",Cj="marketplaceCertified",hy="maxResults";var bj="name",In="nextToken",HD="operatingSystems";var Pj="primaryRegistryAlias";var GD="policyText",Oj="repository";var Dj="registryArn",Nj="repositoryArn";var so="registryId",Lo="repositoryName",kj="repositoryNames",$j="registryUri",Lj="repositoryUri",Uj="registries",Fj="repositories",zD="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",Mj="server",Bj="status",Hj="tags";var Gj="uploadId",jD="usageText",zj="verified",A="com.amazonaws.ecrpublic",VD=K.for(zD),jj=[-3,zD,"ECRPUBLICServiceException",0,[],[]];VD.registerError(jj,ee);var se=K.
for(A),Vj=[-3,A,hz,{[ae]:ue},[ce],[0]];se.registerError(Vj,Nd);var Wj=[-3,A,Rz,{[ae]:ue},[ce],[0]];se.registerError(Wj,Wd);var qj=[-3,A,_z,{[ae]:ue},[ce],[0]];se.
registerError(qj,qd);var Kj=[-3,A,vz,{[ae]:ue},[ce],[0]];se.registerError(Kj,jd);var Jj=[-3,A,Cz,{[ae]:ue},[ce],[0]];se.registerError(Jj,Kd);var Xj=[-3,A,Iz,{[ae]:ue},
[ce],[0]];se.registerError(Xj,kd);var Yj=[-3,A,Tz,{[ae]:ue},[so,Lo,Gj,Aj,ce],[0,0,0,1,0]];se.registerError(Yj,Jd);var Qj=[-3,A,Az,{[ae]:ue},[ce],[0]];se.registerError(
Qj,Cd);var Zj=[-3,A,Oz,{[ae]:ue},[ce],[0]];se.registerError(Zj,Fd);var eV=[-3,A,Nz,{[ae]:ue},[ce],[0]];se.registerError(eV,$d);var tV=[-3,A,Lz,{[ae]:ue},[ce],[0]];
se.registerError(tV,Ld);var rV=[-3,A,$z,{[ae]:ue},[ce],[0]];se.registerError(rV,Xd);var oV=[-3,A,kz,{[ae]:ue},[ce],[0]];se.registerError(oV,Md);var sV=[-3,A,Kz,
{[ae]:ue},[ce],[0]];se.registerError(sV,Yd);var nV=[-3,A,Qz,{[ae]:ue},[ce],[0]];se.registerError(nV,bd);var iV=[-3,A,Gz,{[ae]:ue},[ce],[0]];se.registerError(iV,
Bd);var aV=[-3,A,Vz,{[ae]:ue},[ce],[0]];se.registerError(aV,Vd);var cV=[-3,A,Yz,{[ae]:ue},[ce],[0]];se.registerError(cV,Gd);var pV=[-3,A,Zz,{[ae]:ue},[ce],[0]];
se.registerError(pV,Pd);var lV=[-3,A,ej,{[ae]:ue},[ce],[0]];se.registerError(lV,zd);var dV=[-3,A,rj,{[ae]:Mj},[ce],[0]];se.registerError(dV,Od);var uV=[-3,A,cj,
{[ae]:ue},[ce],[0]];se.registerError(uV,Hd);var mV=[-3,A,pj,{[ae]:ue},[ce],[0]];se.registerError(mV,Dd);var fV=[-3,A,lj,{[ae]:ue},[ce],[0]];se.registerError(fV,
Ud);var WD=[VD,se],gV=[3,A,oz,0,[gj,yj],[0,4]];var hV=[3,A,nz,0,[Lo,FD,Hj],[0,()=>$V,()=>zV],1],yV=[3,A,iz,0,[Oj,FD],[()=>qD,()=>kV]];var SV=[3,A,cz,0,[Lo,so,In,hy],[0,0,0,1],1],EV=[3,A,pz,0,[Ij,In],[()=>MV,0]],xV=[3,A,lz,0,[In,hy],[0,1]],RV=[3,A,dz,0,[Uj,In],[()=>HV,0],1],_V=[3,A,uz,0,[so,kj,
In,hy],[0,64,0,1]],wV=[3,A,mz,0,[Fj,In],[()=>GV,0]],IV=[3,A,Sz,0,[],[]],TV=[3,A,Ez,0,[mj],[()=>gV]];var vV=[3,A,xz,0,[so,Lo,Rj,BD,fy],[0,0,()=>AV,0,0]];var AV=[3,A,wz,0,[my,gy],[0,0]],CV=[3,A,bz,0,[gy,UD,xj],[0,4,()=>OV]];var bV=[3,A,Fz,0,[Lo,BD,so,fy,gy,my],[0,0,0,0,0,0],2],PV=[3,A,Mz,0,[Ej],[()=>vV]];var OV=[3,A,qz,0,[my,wj,_j,fy,fj],[0,1,4,0,0]],DV=[3,A,Bz,0,[so,Dj,$j,zj,uj],[0,0,0,2,()=>BV],5],NV=[3,A,Hz,0,[bj,Bj,Pj,hj],[0,0,2,2],4];var qD=[3,A,tj,0,[Nj,so,Lo,Lj,UD],[0,0,0,0,4]],kV=[3,A,Wz,0,[MD,LD,HD,vj,$D,jD,Cj],[0,64,64,0,0,0,2]],$V=[3,A,jz,0,[MD,LD,HD,Tj,$D,jD],[0,64,64,21,0,0]],LV=[3,A,
sj,0,[Lo,GD,so,Sj],[0,0,0,2],2],UV=[3,A,nj,0,[so,Lo,GD],[0,0,0]],FV=[3,A,ij,0,[Dz,dj],[0,0]];var MV=[1,A,Pz,0,()=>CV];var BV=[1,A,zz,0,()=>NV],HV=[1,A,Jz,0,()=>DV],GV=[1,A,Xz,0,()=>qD];var zV=[1,A,aj,0,()=>FV];var KD=[9,A,sz,0,()=>hV,()=>yV];var JD=[9,A,az,0,()=>SV,()=>EV],XD=[9,A,fz,0,()=>xV,()=>RV],YD=[9,A,gz,0,()=>_V,()=>wV],QD=[9,A,yz,0,()=>IV,()=>TV];var ZD=[9,A,Uz,0,()=>bV,()=>PV];var eN=[9,A,oj,0,()=>LV,()=>UV];var tN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??kD,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??wD,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new xe,protocol:t?.protocol??ps,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:WD,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??Ze,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??re,utf8Encoder:t?.utf8Encoder??
Z});var rN=t=>{_t(process.version);let e=At(t),r=()=>e().then(Rt),o=tN(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(st,s),bodyLengthChecker:t?.bodyLengthChecker??gt,credentialDefaultProvider:t?.credentialDefaultProvider??
No,defaultUserAgentProvider:t?.defaultUserAgentProvider??Bt({serviceId:o.serviceId,clientVersion:AD.version}),maxAttempts:t?.maxAttempts??_(Lt,t),region:t?.region??
_(Te,{...Le,...s}),requestHandler:Ce.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ft,default:async()=>(await r()).retryMode||He},t),streamCollector:t?.
streamCollector??be,useDualstackEndpoint:t?.useDualstackEndpoint??_(St,s),useFipsEndpoint:t?.useFipsEndpoint??_(Et,s),userAgentAppId:t?.userAgentAppId??_(Ht,s)}};F();v();U();var oN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
sN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var nN=(t,e)=>{let r=Object.assign(Gt(t),wt(t),bt(t),oN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,zt(r),It(r),Pt(r),sN(r))};var Qd=class extends Re{config;constructor(...[e]){let r=rN(e||{});super(r),this.initConfig=r;let o=TD(r),s=$t(o),n=Ut(s),i=vt(n),a=i,c=Xt(a),l=ID(c),d=nN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(xt(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Qt(this.config)),this.
middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(kt(this.config)),
this.middlewareStack.use(et(this.config,{httpAuthSchemeParametersProvider:_D,identityProviderConfigProvider:async u=>new Pe({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(tt(this.config))}destroy(){super.destroy()}};v();j();var sr=Tt(vD,"SpencerFrontendService","ECRPUBLICClient",Yt),nr={},ir=(t,e,r,o)=>[];var Zd=class extends sr(nr,ir,"CreateRepository",KD){};var eu=class extends sr(nr,ir,"DescribeImageTags",JD){};var tu=class extends sr(nr,ir,"DescribeRegistries",XD){};var ru=class extends sr(nr,ir,"DescribeRepositories",YD){};var ou=class extends sr(nr,ir,"GetAuthorizationToken",QD){};var su=class extends sr(nr,ir,"PutImage",ZD){};var nu=class extends sr(nr,ir,"SetRepositoryPolicy",eN){};var iN=3e4,jV=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function VV(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function aN(t,e,r,o,s){let n=`${jV(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>Tn(n,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:iN,signal:s}),c=await a();if(c.status===401){let d=VV(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await Tn(u,{headers:{authorization:i},timeoutMs:iN,signal:s}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var WV="us-east-1",qV=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function KV(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var da=t=>t?.name??"",iu=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Qd(Os(WV,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new ou({})),this.registryUri??this.describeRegistryUri()]);return Td(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new tu({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new Se("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new ru({registryId:this.
registryId,repositoryNames:[ao(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(da(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new Se(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new Zd({repositoryName:ao(e.repository),catalogData:KV(e)}));return this.info(
o.repository,!0)}catch(o){if(da(o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.findRepository(e.repository);if(!s)throw o;return s}}async applyPolicies(e){
if(!e.repositoryPolicy)return;let{readFileSync:r}=await import("node:fs");await this.send("SetRepositoryPolicy",new nu({registryId:this.registryId,repositoryName:ao(
e.repository),policyText:r(e.repositoryPolicy,"utf8")}))}async images(e,r){let o=new Map,s;try{do{let n=await this.send("DescribeImageTags",new eu({registryId:this.
registryId,repositoryName:ao(e),nextToken:s}));for(let i of n.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,
{digest:i.imageDetail.imageDigest,manifest:"",mediaType:i.imageDetail.imageManifestMediaType??""});s=n.nextToken}while(s&&o.size<r.length)}catch(n){if(da(n)==="\
RepositoryNotFoundException")return o;throw n}return o}async putTag(e,r,o){let{manifest:s,mediaType:n}=r;if(!s){this.loginData??=this.login();let i=await this.loginData,
a=`${(this.registryUri??"").split("/").slice(1).join("/")}/${ao(e)}`.replace(/^\//,"");({manifest:s,mediaType:n}=await aN(i,a,r.digest,qV,this.deadline?.signal))}
try{await this.send("PutImage",new su({registryId:this.registryId,repositoryName:ao(e),imageManifest:s,imageManifestMediaType:n||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){
if(da(i)==="ImageAlreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-
1),{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],created:r}}async call(e,r){try{return await co(this.deadline,
`ECR Public ${e}`,r)}catch(o){let s=da(o);if(/NotFound|AlreadyExists/.test(s))throw o;let n=Ds(o);if(n.transient)throw new Se(`ECR Public ${e} failed after ${n.
attempts} attempt(s): ${s}: ${o.message}`,Ns("ECR",n.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(s)?`the cr\
edentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\` prints the pol\
icy)`:void 0;throw new Se(`ECR Public ${e} failed: ${s}: ${o.message}`,i,{cause:o})}}};var JV=(t,e,r,o)=>new _n(t,e,r,o);function au(t){let e=new Dn(t.options.timeoutSeconds);return e.bound(()=>XV(t,e))}async function XV(t,e){let{options:r,context:o,
reporter:s}=t,n=new Rs(t.run,s,e,t.env),i=bn(r);if(!r.image){for(let g of Ny(i,t.env))s.secret(g);Dy(i,t.env)}let a=r.image?{}:TO(r,i),c=!r.image&&(a.buildx||a.
buildkit||Iu(t.env)!==void 0),l=n.check().then(()=>c?n.builder(a):void 0),d=pN(t);await l,r.image||n.builder().catch(()=>{});let u=await s.phase("Credentials",()=>dN(
t,d,e)),m=(t.openRegistry??cN(r))(o.region,u,r.registryId,e),f=()=>py(r.pullRegistries,o.region,u,e);try{return await new yy(t,n,m,f).run()}finally{m.close()}}function cN(t){
return t.registryType==="public"?(e,r,o,s)=>new iu(r,o,s):JV}function cu(t){let e=new Dn(t.options.timeoutSeconds);return e.bound(()=>YV(t,e))}async function YV(t,e){
let r=new Rs(t.run,t.reporter,e,t.env),o=r.check(),s=pN(t);await o;let n=await t.reporter.phase("Credentials",()=>dN(t,s,e)),i=(t.openRegistry??cN(t.options))(t.
context.region,n,t.options.registryId,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.all([i.login(),py(t.options.pullRegistries,t.
context.region,n,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(d.host),await r.login(d);return{registry:a.host,registries:l.map(d=>d.host),
login:a}})}finally{i.close()}}function pN(t){if(t.options.roleToAssume)return Yh(lN(t)).catch(e=>e)}function lN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function dN(t,e,r){let{options:o,context:s,
reporter:n}=t;if(!o.roleToAssume||!e){n.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;n.secret(
i.token),n.info(`Assuming ${o.roleToAssume} as ${s.sessionName} with the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:s.sessionName,durationSeconds:o.
roleDurationSeconds,region:s.region},c=await Qh(a,i.token,n,r);return xO(c,async()=>{let l=await Yh({...lN(t),renew:!0});return n.secret(l.token),n.info(`Renewi\
ng the credentials of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),Qh(a,l.token,n,r)})}var yy=class{constructor(e,r,o,s=async()=>[]){
this.req=e;this.docker=r;this.ecr=o;this.pullLogins=s;this.o=e.options,this.sha=e.context.commitSha,this.tags=[this.sha,...this.o.tags.filter(n=>n!==this.sha)]}req;docker;ecr;pullLogins;o;sha;tags;loggedIn=[];background=[];async run(){
try{return await this.steps()}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",
()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));r.created&&e.info(`Create\
d repository ${r.uri} (${r.mutability})`);let s=this.o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),n=o.get(this.sha),i=n&&(this.o.skipExisting||
cy(r,this.sha))?n:void 0;if(this.refuseImmutableConflicts(r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),
this.o.push?(await s,await e.phase("Tag",()=>this.copyTags(r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&ly(On(this.o)).
includes(r.uri.split("/")[0]),c=this.o.cache&&!this.o.image&&this.ecr.latestImage!==void 0,l=this.o.push||a?this.inBackground(this.login()):void 0,d=this.o.pullRegistries.
length&&!this.o.image?this.inBackground(this.loginPullRegistries()):void 0,u=c?this.cacheSource(r,()=>l??this.login()):void 0;a&&await l,await d;let m=await e.phase(
this.o.image?"Tag":"Build",()=>this.produceImage(r,u));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([l,s]);let f=m??await e.phase("Push",()=>this.
docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let g=(await this.ecr.images(this.o.repository,[this.
sha])).get(this.sha);if(!g||g.digest!==f)throw new Se(`ECR does not show ${this.sha} at the pushed digest ${f}`);await this.copyTags(r,g,o)}),this.verified(r,f,
!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse \
layers from");return}let s=`${e.uri}@${o}`;return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(s)?void 0:(this.req.reporter.info(
`Layer cache: ${s}`),s)}catch(o){if(o instanceof Cs)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}inBackground(e){return e.catch(()=>{}),
this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{
name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],created:!1}}async login(){let e=await this.ecr.login();this.
req.onLogin?.(e.host),await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pull regis\
tries",()=>this.pullLogins());for(let r of e)this.req.onLogin?.(r.host),await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let s of this.
tags){let n=r.get(s);if(!(!n||!cy(e,s)||o&&n.digest===o.digest))throw new Se(`tag ${s} already exists in the immutable repository ${e.name} at ${n.digest}, whic\
h is not the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e,r){
let o=this.tags.map(d=>`${e.uri}:${d}`);if(this.o.image){for(let d of o)await this.docker.tag(this.o.image,d);return}_u(this.o);let s=this.req.context,n={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};s.sourceUrl&&(n["org.opencontainers.image.source"]=s.sourceUrl);
let i=await this.docker.builder(),a=i==="buildx"&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),l=await this.docker.build({context:this.o.context,
dockerfile:On(this.o),tags:a?o.slice(0,1):o,labels:n,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:r?{from:await r}:void 0,secrets:bn(
this.o),provenance:this.o.provenance,pushFromBuilder:a},i).catch(d=>{let u=d instanceof cr&&RD(d.message,On(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.
req.context.region);throw u?new cr(d.message,u):d});if(a&&!l)throw new cr("buildx pushed but reported no digest");return l}async copyTags(e,r,o){let s=this.tags.
slice(1).filter(n=>o.get(n)?.digest!==r.digest);await Promise.all(s.map(n=>this.ecr.putTag(e.name,r,n)))}async verified(e,r,o){let s=await this.ecr.images(this.
o.repository,this.tags),n=this.tags.filter(i=>s.get(i)?.digest!==r);if(n.length)throw new Se(`after delivery, tag(s) ${n.join(", ")} do not point at ${r} in ECR`,
"another delivery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],
"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o}}};var uN=require("node:child_process"),vs=(t,e,r={})=>new Promise((o,s)=>{let n=r.silent?void 0:r.output??process.stdout;n?.write(`[command]${[t,...e].join(" ")}
`);let i=(0,uN.spawn)(t,e,{stdio:"pipe",env:r.env?{...process.env,...r.env}:process.env}),a=[],c=[];i.stdout.on("data",l=>{a.push(l),n?.write(l)}),i.stderr.on("\
data",l=>{c.push(l),n?.write(l)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("error",s),i.on("close",(l,d)=>o({code:l??(d?128:1),stdout:Buffer.concat(
a).toString(),stderr:Buffer.concat(c).toString()}))});var ua=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{this.timings.push({title:e,seconds:(Date.now()-o)/1e3})}}get totalSeconds(){
return(Date.now()-this.started)/1e3}describe(){let e=this.timings.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.
totalSeconds.toFixed(1)} s`}},ma=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new ua;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),s=await this.clock.time(e,r);return this.info(`\u2714 ${e} (${((Date.now()-o)/1e3).toFixed(
1)} s)`),s}};var mN="isPost",fN="registries",gN="skipLogout",pu=class{clock=new ua;output=process.stdout;info=e=>Sa(e);warning=e=>wy(e);secret=e=>ya(e);phase(e,r){return Ty(
e,()=>this.clock.time(e,r))}},hN=t=>t[`STATE_${mN}`]==="true";async function yN(){ha(mN,"true");let t=new pu,e=new Set,r=o=>{e.add(o),ha(fN,JSON.stringify([...e]))};
try{let o=My(a=>ga(a));if(o.mode==="login")return await QV(t,r,o);let s=bs(a=>ga(a)),n=Ps(s),i=await au({options:s,context:n,reporter:t,run:vs,env:process.env,platformToken:a=>yu(
a),onLogin:r});for(let{name:a}of qr)As(a,Ho(i,a));ZV(i,t.clock)}catch(o){let s=Ea(o);Iy(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}}async function QV(t,e,r){r.skipLogout&&ha(gN,"true");let o=bs(i=>ga(i),"login"),s=Ps(o,process.env,"login"),n=await cu({options:o,context:s,
reporter:t,run:vs,env:process.env,platformToken:i=>yu(i),onLogin:e});As("registry",n.registry),As("registries",n.registries.join(",")),r.dockerCredentialsOutput&&
(ya(n.login.password),As("docker-username",n.login.username),As("docker-password",n.login.password)),Sa(`Logged in to ${n.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),hu(["### ecr-deliver login","",...n.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function SN(){let t=JSON.parse(gu(fN)||"[]");if(gu(gN)==="true"){Sa(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new Rs(
vs,new pu);for(let r of t)await e.logout(r)}function ZV(t,e){let r=[["image",`\`${t.image}\``],["digest",t.digest?`\`${t.digest}\``:"(not pushed)"],["tags",t.tags.
map(o=>`\`${o}\``).join(" ")],["pushed",String(t.pushed)],["timings",e.describe()]];hu(["### ecr-deliver","","| | |","|---|---|",...r.map(([o,s])=>`| ${o} | ${s}\
 |`),""].join(`
`))}var DN=require("node:util");var wN=require("node:util");var e6=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Sy=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function t6(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let s of o)
e.add(s)};return t.push&&(r(e6),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...Sy]),[...e].sort()}function r6(t){return`arn:${Go(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}\
:repository/${t.repository}`}function EN(t){if(t.registryType==="public")return n6(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"\
*"},{Sid:"EcrDeliver",Effect:"Allow",Action:t6(t),Resource:r6(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.
test(t.kmsKey)?t.kmsKey:`arn:${Go(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Go(t.region)===
"aws-cn"?".cn":""}`};e.push({Sid:"KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAW\
SResource":"true"}}},{Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(
...IN(t)),{Version:"2012-10-17",Statement:e}}function IN(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(n=>r.
map(i=>`arn:${Go(n.region??t.region)}:ecr:${n.region??t.region}:${n.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:Sy.slice().
sort(),Resource:o.length===1?o[0]:o});let s=(t.pullThrough??[]).map(n=>`arn:${Go(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${n}/*`);return s.
length&&e.push({Sid:"EcrPullThroughCache",Effect:"Allow",Action:[...o6,...Sy].sort(),Resource:s.length===1?s[0]:s}),e}function TN(t){return!t.pullRegistries?.length||
t.pullRepositories?.length?[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patt\
erns to narrow it`]}var o6=["ecr:BatchImportUpstreamImage","ecr:CreateRepository"],xN=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],s6=["ecr-\
public:BatchCheckLayerAvailability","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function n6(t){
let e=t.push?xN:[...xN,"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let s of s6)
r.add(s);t.createRepository&&r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,
"");return{Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),
Resource:`arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...IN(t)]}}var i6="token.actions.githubusercontent.com",a6="oidc.circleci.com/org";
function c6(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}\
:${e}`}function p6(t){let e=Go(t.region),r,o,s;if(t.provider==="github")r=t.githubIssuer??i6,o=t.audience??"sts.amazonaws.com",s=c6(t);else if(t.provider==="cir\
cleci")r=`${a6}/${t.orgId}`,o=t.audience??t.orgId,s=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;
let n=/[*?]/.test(s),i={StringEquals:{[`${r}:aud`]:o}};return n?i.StringLike={[`${r}:sub`]:s}:i.StringEquals[`${r}:sub`]=s,{Version:"2012-10-17",Statement:[{Effect:"\
Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function l6(t){let e=p6(t);
return e?{permissionsPolicy:EN(t),trustPolicy:e}:{permissionsPolicy:EN(t)}}var Ey=[{name:"repository",value:"NAME",description:"ECR repository the role delivers\
 to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},{name:"aws-region",value:"\
REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"Account that owns the \
registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens the role trusts (defaul\
t: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: st\
s.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID whe\
n its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns allowed)."},{name:"en\
vironment",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"pull-request",value:"\
true|false",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"org-id",value:"UUID",description:"\
CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"UUID",description:"CircleCI project id allowed to deliver (required wit\
h --org-id: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",value:"REF",description:"CircleCI: pin the git ref too, e.g\
. refs/heads/main (matched in the sub of CIRCLE_OIDC_TOKEN_V2, which the orb uses; `*` patterns allowed)."},{name:"github-issuer",value:"HOST",description:"GitH\
ub Enterprise Server's OIDC issuer, HOST/_services/token (default: token.actions.githubusercontent.com)."},{name:"pull-registries",value:"IDS",description:"Base\
-image registries the build pulls from: account ids or ID@REGION, comma-separated (as given to the delivery)."},{name:"pull-repositories",value:"PATTERNS",description:"\
Repositories of those registries the build pulls, name patterns, comma-separated (default: every repository, `*`)."},{name:"pull-through",value:"PREFIXES",description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds ecr:BatchImportUpstreamImage and ecr:CreateRepository on PREFIX/*)."},{name:"regis\
try-type",value:"private|public",description:"public: the ECR Public actions instead (default: private, or public for a public.ecr.aws/ repository)."},{name:"cr\
eate-repository",value:"true|false",description:"The delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"\
The delivery applies a lifecycle policy (default: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (d\
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the layer cache (default: true)."},{name:"push",value:"true|false",description:"\
The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encrypt\
ion of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository\
 (default: any key of the account)."},{name:"only",value:"permissions|trust",description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],
vN="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",AN="[A-Za-z0-9._-]{1,100}",d6=new RegExp(`^${vN}/${AN}$`),u6=new RegExp(`^${vN}@\\d{1,20}/${AN}@\\d{1,20}$`),m6=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,
f6=/^[^\x00-\x1f\x7f:]{1,255}$/,RN=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,g6=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
h6=Mo("github","circleci","none"),y6=Mo("permissions","trust");function _N(t,e){if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.
test(e))throw new C(t,e,"contains control characters");return!0}function CN(t,e=process.env){let{values:r,positionals:o}=(0,wN.parseArgs)({args:t,options:Object.
fromEntries(Ey.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)throw new C("iam-policy",o[0],"is not a flag: every value follows i\
ts --flag (see `ecr-deliver iam-policy --help`)");let s=R=>{let I=r[R]?.trim();return I===""?void 0:I},n=(R,I)=>{let M=s(R);if(M===void 0)throw new C(R,"",`is r\
equired: ${I}`);return M},i=(R,I)=>{let M=s(R);return M!==void 0&&Bo(R,M,I(M)),M},a=n("repository","the ECR repository the role delivers to");Bo("repository",a,
Je.repository(a));let c=wu(s("aws-region"),e),l=n("account-id","the 12-digit AWS account id of the role");Bo("account-id",l,Je.account(l));let d=Vr("registry-id",
s("registry-id")),u=["repo","branch","environment","pull-request","github-issuer"].filter(R=>s(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>s(R)!==
void 0),f=s("provider"),g=f!==void 0?h6.parse(f,"provider"):u.length?"github":m.length?"circleci":void 0;if(!g)throw new C("provider","","is required: github (w\
ith --repo), circleci (with --org-id), or none");let y=g==="github"?m:g==="circleci"?u:[...u,...m];if(y.length)throw new C(y[0],s(y[0]),`does not apply to --pro\
vider ${g}`);let h=i("audience",Je.audience),S={repository:a,region:c,accountId:l,registryId:d,provider:g,audience:h,createRepository:Vr("create-repository",s("\
create-repository")),lifecyclePolicy:_N("lifecycle-policy",s("lifecycle-policy")),repositoryPolicy:_N("repository-policy",s("repository-policy")),cache:Vr("cach\
e",s("cache")),push:Vr("push",s("push")),encryptionType:Vr("encryption-type",s("encryption-type"))};if(S.kmsKey=i("kms-key",ke(g6,"is not a KMS key or alias ARN\
 like `arn:aws:kms:eu-west-1:123456789012:key/\u2026`")),S.kmsKey&&S.encryptionType!=="KMS")throw new C("kms-key",S.kmsKey,"needs --encryption-type KMS");if(g===
"github"){let R=n("repo","the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!d6.test(R)&&!u6.test(R))throw new C("repo",R,"is not a GitHub reposito\
ry like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids");S.repo=R,S.environment=i("environment",ke(f6,"is not a GitHub envir\
onment name (1\u2013255 characters, no `:`)"));let I=s("branch")?.replace(/^refs\/heads\//,"");if(I!==void 0&&S.environment!==void 0)throw new C("branch",I,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(I!==void 0&&!m6.test(I))throw new C("branch",I,"i\
s not a git branch name");let M=s("pull-request");if(S.pullRequest=M!==void 0&&kr.parse(M,"pull-request"),S.pullRequest&&(I!==void 0||S.environment!==void 0))throw new C(
"pull-request",s("pull-request"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");S.environment===
void 0&&!S.pullRequest&&(S.branch=I??"main")}else if(g==="circleci"){let R=n("org-id","the CircleCI organization id (a UUID, Organization Settings > Overview)");
if(!RN.test(R))throw new C("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");S.orgId=R;let I=n("project-id","the CircleCI project id (a UUID, P\
roject Settings > Overview): without it every project of the org could deliver");if(!RN.test(I))throw new C("project-id",I,"is not a CircleCI project id (a lowe\
rcase UUID)");S.projectId=I,S.vcsRef=i("vcs-ref",ke(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(S,S6(s)),a.startsWith(
"public.ecr.aws/")&&(S.registryType="public"),g==="github"&&s("github-issuer")!==void 0&&(S.githubIssuer=i("github-issuer",ke(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let E=s("only"),T=E===void 0?void 0:y6.parse(E,"o\
nly");if(T==="trust"&&g==="none")throw new C("only",E,"needs a --provider: `none` has no trust policy");return{request:S,only:T}}function S6(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new C(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new C("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new C("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let s=e("pull-through");for(let i of s)if(i.length<2||i.length>30||Je.repository(i))throw new C("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let n=t("registry-type")?.toLowerCase();if(n!==void 0&&n!=="p\
rivate"&&n!=="public")throw new C("registry-type",n,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:s,registryType:n}}function bN(t,e){
let r=l6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var fa=t=>e=>t[Ia(e)];function lu(t){let e=Ea(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function du(t,e){let r=new ma(process.stderr);try{let o=bs(t),s=Ps(o),n=await au({options:o,context:s,reporter:r,run:vs,env:process.env});return r.
info(x6(n,r.clock)),e(n),0}catch(o){return lu(o)}}async function uu(t,e){let r=new ma(process.stderr);try{let o=bs(t,"login"),s=Ps(o,process.env,"login"),{registry:n}=await cu(
{options:o,context:s,reporter:r,run:vs,env:process.env});return r.info(PN(`logged in to ${n}`,[["registry",n]],r.clock)),e(n),0}catch(o){return lu(o)}}function E6(t){
return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function x6(t,e){
let r=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,o=qr.map(({name:s})=>[s,s==="pushed"?E6(t):Ho(t,s)||
"-"]);return PN(r,o,e)}function PN(t,e,r){let o=[...e,["time",r.describe()]],s=Math.max(...o.map(([n])=>n.length));return[`\u2500\u2500 ecr-deliver: ${t} \u2500\u2500`,
...o.map(([n,i])=>`  ${n.padEnd(s)}  ${i}`)].join(`
`)}var ON="0.1.0";var xy=Ru.filter(t=>!t.githubOnly),NN=["iam-policy","login"];function Ry(t,e,r=100){let o=[],s="";for(let n of t.split(/\s+/).filter(Boolean))s&&e.length+s.length+
1+n.length>r?(o.push(s),s=n):s=s?`${s} ${n}`:n;return s&&o.push(s),o.map(n=>e+n).join(`
`)}function _6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...xy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${Ry(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${qr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function w6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"","Options (also as ECR_DELIVER_<OPTI\
ON>):",...xy.filter(e=>wa.includes(e.name)).map(e=>`  --${e.name} <value>
${Ry(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function I6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Ey.map(t=>`  --${t.name} ${t.value}
${Ry(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function kN(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],s=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${s})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${s})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let n=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${An(n)} is not a command or flag: use ${NN.join(", ")} or --flags \
(${s})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${s})`}}function T6(t,e,r){try{let o=Object.fromEntries(e.map(s=>[s,{type:"string"}]));return(0,DN.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${kN(o,r)}
`),process.exitCode=2;return}}function v6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${I6()}
`),0;try{let{request:e,only:r}=CN(t.filter(o=>o!=="--json"));process.stdout.write(bN(e,r));for(let o of TN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${kN(e,"iam-policy")}
`),2):lu(e)}}async function $N(t){let e=NN.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=v6(t.slice(1));return}let r=e?t.slice(1):t,o=T6(r,e==="lo\
gin"?wa:xy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?w6():_6()}
`);if(o.version)return void process.stdout.write(`${ON}
`);let s=fa(process.env);if(e==="login"){let i=a=>wa.includes(a)?o[a]??s(a):void 0;process.exitCode=await uu(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let n=i=>o[i]??s(i);process.exitCode=await du(n,i=>{o.json&&process.stdout.write(`${JSON.stringify(Hy(i))}
`)})}var FN=require("node:fs");var A6=["deliver","login"],LN="ECR_DELIVER_COMMAND",C6=t=>`'${t.replace(/'/g,"'\\''")}'`,MN=(t,e)=>`export ${Ia(t)}=${C6(e)}
`;function b6(t){return qr.map(({name:e})=>MN(e,Ho(t,e))).join("")}function UN(t,e){t.BASH_ENV?(0,FN.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function BN(t=process.env){let e=t[LN]||"deliver";e==="login"?process.exitCode=await uu(fa(t),r=>UN(t,MN("registry",r))):e==="deliver"?process.exitCode=
await du(fa(t),r=>UN(t,b6(r))):(process.stderr.write(`ecr-deliver: ${LN}: ${An(e)} is not one of ${A6.join(", ")}
`),process.exitCode=2)}async function P6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?hN(
t)?SN():yN():e.length===0&&t.CIRCLECI==="true"?BN():$N(e)}P6();
